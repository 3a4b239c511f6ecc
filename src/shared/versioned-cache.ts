/**
 * Keeps one value per key until its version moves, and lets concurrent readers of a stale
 * version share one load. Used so a launch-day crowd refreshing a statement costs a single
 * small query each, not a sort of thousands of names. Safe with several instances: each reads
 * the version from the shared database.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: number; value: T }>();
  private readonly loading = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries = 1000) {}

  async get(key: string, version: number, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.value;
    const loadKey = `${key}@${version}`;
    let pending = this.loading.get(loadKey);
    if (!pending) {
      pending = load().finally(() => this.loading.delete(loadKey));
      this.loading.set(loadKey, pending);
    }
    const value = await pending;
    const current = this.entries.get(key);
    if (!current || current.version <= version) {
      if (!current && this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { version, value });
    }
    return value;
  }
}
