import { Worker } from 'node:worker_threads';

/** What a share card shows, already in the reader's language. */
export interface CardContent {
  title: string;
  /** "312 organisations have signed". */
  count: string;
  brand: string;
  dir: 'ltr' | 'rtl';
}

/**
 * Renders cards in one worker thread, one at a time (a card takes tens of milliseconds of CPU,
 * which the event loop never waits on); shut down with the server.
 */
export class CardRenderer {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (png: Buffer) => void; reject: (e: Error) => void }>();

  render(card: CardContent): Promise<Buffer> {
    const worker = this.start();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, card });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./card-worker.mjs', import.meta.url));
    w.unref();
    w.on('message', (m: { id: number; png?: Uint8Array; error?: string }) => {
      const p = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (!p) return;
      if (m.png) p.resolve(Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
      else p.reject(new Error(m.error ?? 'card render failed'));
    });
    const fail = (err: Error) => {
      for (const p of this.waiting.values()) p.reject(err);
      this.waiting.clear();
      this.worker = null;
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`card renderer stopped (${code})`)));
    this.worker = w;
    return w;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

/** The count shown on a card moves in steps, so a crowd signing re-renders it now and then, not per signature. */
export function countBucket(count: number): number {
  if (count < 100) return count;
  if (count < 1000) return Math.floor(count / 10) * 10;
  if (count < 10_000) return Math.floor(count / 100) * 100;
  return Math.floor(count / 1000) * 1000;
}

interface Entry {
  version: string;
  png: Buffer | null;
  etag: string;
  rendering: Promise<Buffer> | null;
}

/**
 * Cards per statement and language (at most `max` kept, least recently used dropped). A slot
 * keeps its last card while the next version renders: readers get the previous card at once
 * (it is at most one count step old) rather than wait; only a first request waits for a render.
 */
export class CardCache {
  private readonly slots = new Map<string, Entry>();
  constructor(private readonly renderer: CardRenderer, private readonly max = 300) {}

  async get(slot: string, version: string, content: () => CardContent): Promise<{ png: Buffer; etag: string }> {
    let e = this.slots.get(slot);
    if (e) {
      this.slots.delete(slot);
      this.slots.set(slot, e);
    }
    if (!e || (e.version !== version && !e.rendering)) {
      const entry: Entry = e ?? { version, png: null, etag: '', rendering: null };
      entry.version = version;
      const rendering = this.renderer.render(content()).then(
        (png) => {
          entry.png = png;
          entry.etag = `"card-${hash(`${slot}|${version}`)}"`;
          entry.rendering = null;
          return png;
        },
        (err) => {
          entry.rendering = null;
          throw err;
        },
      );
      entry.rendering = rendering;
      if (!e) {
        this.slots.set(slot, entry);
        if (this.slots.size > this.max) this.slots.delete(this.slots.keys().next().value!);
      }
      e = entry;
    }
    if (e.png) return { png: e.png, etag: e.etag };
    await e.rendering;
    return { png: e.png!, etag: e.etag };
  }
}

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}
