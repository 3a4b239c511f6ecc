/**
 * Values kept for a short time, then read again. For what a crowd reads constantly and may see
 * a second late (a statement's count and versions), never for what decides a write.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

  async get(key: string, now: number, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = await load();
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, until: now + this.ttlMs });
    return value;
  }

  /** Forgets everything (this instance just changed something). */
  clear(): void {
    this.entries.clear();
  }
}
