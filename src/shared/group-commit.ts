/**
 * Group commit: requests that arrive while a batch is being written wait for the next batch,
 * which is written as one transaction. Under a crowd, one commit (and one fsync) carries many
 * requests; alone, a request waits no longer than one turn of the event loop.
 */
export class GroupCommit<T, R> {
  private pending: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  private flushing = false;
  private scheduled = false;
  /** When a sign-on last arrived or a batch was last written (ms since the epoch); background work yields while this is recent. */
  lastWriteAt = 0;
  /** Batches and items written so far (the bench reports the mean batch). */
  batches = 0;
  items = 0;

  /** `write` gets every waiting item and returns, for each in order, its result or the Error to reject it with. */
  constructor(
    private readonly write: (items: T[]) => Promise<(R | Error)[]>,
    private readonly maxBatch = 200,
    /** How long a batch waits for company: requests still being parsed join it. */
    private readonly windowMs = 2,
  ) {}

  submit(item: T): Promise<R> {
    this.lastWriteAt = Date.now(); // a sign-on waiting counts as a crowd too
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.kick();
    });
  }

  /** Items waiting or being written (for readiness and tests). */
  get waiting(): number {
    return this.pending.length;
  }

  private kick(): void {
    if (this.flushing || this.scheduled) return;
    this.scheduled = true;
    // A short window lets requests that are still being read and parsed join the batch; one
    // commit (one fsync) then carries them all. Alone, a sign-on waits only this long.
    setTimeout(() => {
      this.scheduled = false;
      void this.flush();
    }, this.windowMs);
  }

  private async flush(): Promise<void> {
    if (this.flushing || this.pending.length === 0) return;
    this.flushing = true;
    const batch = this.pending.splice(0, this.maxBatch);
    try {
      const results = await this.write(batch.map((b) => b.item));
      this.lastWriteAt = Date.now();
      this.batches++;
      this.items += batch.length;
      batch.forEach((b, i) => {
        const r = results[i];
        if (r instanceof Error) b.reject(r);
        else b.resolve(r as R);
      });
    } catch (err) {
      for (const b of batch) b.reject(err);
    } finally {
      this.flushing = false;
      if (this.pending.length) this.kick();
    }
  }
}
