// Print-ready PDF of a statement, rendered by Typst in a separate process.
//
// Why a child process and not a worker_thread: Typst compiles inside one
// synchronous native call, and Worker.terminate() cannot interrupt native code
// (measured: terminate() waited 14.6 s for a busy compile to finish), nor do
// worker resourceLimits cover native (Rust) memory. A child process can be
// killed at once and its whole RSS can be watched. See
// docs/decisions/ for the record.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBreakOpportunities } from './break-opportunities.ts';
import { documentHeadingLevel, markdownToTree, type BlockNode, type InlineNode, type MarkdownTree } from './markdown-tree.ts';
import { languageParts, startsRightToLeft } from './text-direction.ts';
import { DocumentRenderError, type DocumentListEntry, type StatementDocument } from './types.ts';

export { DocumentRenderError } from './types.ts';

export interface RenderLimits {
  /** Wall-clock limit for one render, including starting the renderer if needed. Default 30 s. */
  timeoutMs?: number;
  /** Resident memory limit of the renderer process. Default 1,024 MB. */
  maxMemoryMb?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_MEMORY_MB = 1024;
const MEMORY_POLL_MS = 20;

const require = createRequire(import.meta.url);

/** The font files shipped through npm that the PDF may use; nothing is taken from the system. */
export function pdfFontFiles(): string[] {
  const notoSans = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
  const notoArabic = dirname(require.resolve('@expo-google-fonts/noto-sans-arabic/package.json'));
  return [
    join(notoSans, '400Regular', 'NotoSans_400Regular.ttf'),
    join(notoSans, '400Regular_Italic', 'NotoSans_400Regular_Italic.ttf'),
    join(notoSans, '700Bold', 'NotoSans_700Bold.ttf'),
    join(notoSans, '700Bold_Italic', 'NotoSans_700Bold_Italic.ttf'),
    join(notoArabic, '400Regular', 'NotoSansArabic_400Regular.ttf'),
    join(notoArabic, '700Bold', 'NotoSansArabic_700Bold.ttf'),
  ];
}

interface PdfListEntry {
  number: number;
  name: string;
  country: string | null;
  rtl: boolean;
}

/** The JSON handed to statement.typ as sys.inputs.data. */
export interface PdfData {
  lang: string;
  region: string | null;
  dir: 'ltr' | 'rtl';
  title: string;
  dateLine: string | null;
  editionLine: string | null;
  /** The exact count under the title ("336 organisations have signed"). */
  countLine: string | null;
  /** headingShift: add to a Markdown heading level to get its outline level. */
  body: { blocks: MarkdownTree['blocks']; footnotes: MarkdownTree['footnotes']; headingShift: number };
  lists: { heading: string; entries: PdfListEntry[]; note: string | null }[];
}

/** Turns a statement into the data the Typst template walks; pure and synchronous. */
export function buildPdfData(doc: StatementDocument): PdfData {
  const language = languageParts(doc.language);
  const entries = (list: DocumentListEntry[], what: string): PdfListEntry[] =>
    list.map((e, i) => {
      if (!Number.isSafeInteger(e.number) || typeof e.name !== 'string') {
        throw new DocumentRenderError(`${what} entry ${i} has no valid number or name`, 'invalid-input');
      }
      return { number: e.number, name: withBreakOpportunities(e.name), country: e.country == null ? null : withBreakOpportunities(e.country), rtl: startsRightToLeft(e.name) };
    });
  const tree = breakableTree(markdownToTree(doc.bodyMarkdown));
  const confidential = doc.confidentialCount > 0 ? doc.labels.confidential : null;
  return {
    lang: language.lang,
    region: language.region,
    dir: language.rtl ? 'rtl' : 'ltr',
    title: withBreakOpportunities(doc.title),
    dateLine: doc.dateLine == null ? null : withBreakOpportunities(doc.dateLine),
    editionLine: doc.labels.editionLine,
    countLine: doc.labels.countLine ?? null,
    body: { ...tree, headingShift: documentHeadingLevel(tree, 1) - 1 },
    lists: [
      { heading: doc.labels.signatoriesHeading, entries: entries(doc.signatories, 'signatory'), note: confidential },
      { heading: doc.labels.addendumHeading, entries: entries(doc.addendum, 'addendum'), note: null },
      { heading: doc.labels.individualsHeading, entries: entries(doc.individuals, 'individual'), note: null },
    ],
  };
}

/** The tree with break opportunities in overlong runs of its text (its depth is bounded by markdownToTree). */
function breakableTree(tree: MarkdownTree): MarkdownTree {
  const inline = (nodes: InlineNode[]): InlineNode[] =>
    nodes.map((n) => (n.type === 'text' ? { ...n, text: withBreakOpportunities(n.text) } : 'children' in n ? { ...n, children: inline(n.children) } : n));
  const blocks = (nodes: BlockNode[]): BlockNode[] =>
    nodes.map((b) => {
      switch (b.type) {
        case 'heading':
        case 'paragraph':
          return { ...b, children: inline(b.children) };
        case 'bulletList':
        case 'orderedList':
          return { ...b, items: b.items.map(blocks) };
        case 'blockquote':
          return { ...b, children: blocks(b.children) };
        default:
          return b;
      }
    });
  return { blocks: blocks(tree.blocks), footnotes: tree.footnotes.map((f) => ({ ...f, blocks: blocks(f.blocks) })) };
}

/** Renders the statement as an A4 PDF; throws DocumentRenderError, never returns a partial file. */
export async function renderPdf(doc: StatementDocument, opts: RenderLimits = {}): Promise<Buffer> {
  const data = JSON.stringify(buildPdfData(doc));
  return pdfRenderer.render(data, {
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxMemoryMb: opts.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB,
  });
}

/** Stops the renderer process (it restarts on the next render). For shutdown and tests. */
export async function shutdownPdfRenderer(): Promise<void> {
  await pdfRenderer.shutdown();
}

type WorkerReply = { id: number; ok: true; pdf: Uint8Array; pages: number } | { id: number; ok: false; message: string };

/** A pool of one long-lived renderer process, recreated after a timeout, memory kill or crash. */
class PdfRenderer {
  private child: ChildProcess | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private readonly stderrTails = new WeakMap<ChildProcess, string>();

  render(data: string, limits: Required<RenderLimits>): Promise<Buffer> {
    const job = this.queue.then(() => this.execute(data, limits));
    this.queue = job.catch(() => undefined);
    return job;
  }

  async shutdown(): Promise<void> {
    await this.queue;
    if (this.child) this.kill(this.child);
  }

  private spawn(): ChildProcess {
    const templatePath = fileURLToPath(new URL('./statement.typ', import.meta.url));
    const config = JSON.stringify({ templatePath, fontFiles: pdfFontFiles() });
    const child = fork(fileURLToPath(new URL('./pdf-worker.mjs', import.meta.url)), [config], {
      // No TypeScript loader, no inspector flags inherited from the parent.
      execArgv: [],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderrTails.set(child, ((this.stderrTails.get(child) ?? '') + chunk).slice(-4000));
    });
    child.once('exit', () => {
      if (this.child === child) this.child = null;
    });
    this.child = child;
    return child;
  }

  private kill(child: ChildProcess): void {
    if (this.child === child) this.child = null;
    child.kill('SIGKILL');
  }

  private execute(data: string, limits: Required<RenderLimits>): Promise<Buffer> {
    const child = this.child ?? this.spawn();
    const id = this.nextId++;
    setReferenced(child, true);
    return new Promise<Buffer>((resolve, reject) => {
      let settled = false;
      const finish = (error: DocumentRenderError | null, pdf?: Buffer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(memoryWatch);
        child.off('message', onMessage);
        child.off('exit', onExit);
        child.off('error', onError);
        setReferenced(child, false);
        if (error) reject(error);
        else resolve(pdf!);
      };
      const timer = setTimeout(() => {
        this.kill(child);
        finish(new DocumentRenderError(`PDF render took longer than ${limits.timeoutMs} ms and was stopped`, 'timeout'));
      }, limits.timeoutMs);
      const memoryWatch = setInterval(() => {
        const rssMb = residentMemoryMb(child.pid);
        if (rssMb !== null && rssMb > limits.maxMemoryMb) {
          this.kill(child);
          finish(new DocumentRenderError(`PDF render used ${Math.round(rssMb)} MB, over the ${limits.maxMemoryMb} MB limit, and was stopped`, 'memory'));
        }
      }, MEMORY_POLL_MS);
      const onExit = (code: number | null, signal: string | null) => {
        const tail = (this.stderrTails.get(child) ?? '').trim();
        finish(new DocumentRenderError(`PDF renderer stopped unexpectedly (${signal ?? `exit ${code}`})${tail ? `: ${tail.slice(-500)}` : ''}`, 'crash'));
      };
      const onError = (error: Error) => {
        this.kill(child);
        finish(new DocumentRenderError(`PDF renderer failed: ${error.message}`, 'crash', { cause: error }));
      };
      const onMessage = (message: unknown) => {
        const reply = message as WorkerReply;
        if (!reply || reply.id !== id) return;
        if (!reply.ok) {
          finish(new DocumentRenderError(`PDF render failed: ${reply.message}`, 'compile'));
          return;
        }
        const pdf = Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength);
        if (!isCompletePdf(pdf)) {
          finish(new DocumentRenderError('PDF renderer returned an incomplete file', 'invalid-output'));
          return;
        }
        finish(null, pdf);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.once('error', onError);
      child.send({ type: 'render', id, data }, (error) => {
        if (error) onError(error);
      });
    });
  }
}

const pdfRenderer = new PdfRenderer();

/** An idle renderer must not keep the Node process alive. */
function setReferenced(child: ChildProcess, referenced: boolean): void {
  const channel = child.channel as { ref?: () => void; unref?: () => void } | null | undefined;
  if (referenced) {
    child.ref();
    channel?.ref?.();
  } else {
    child.unref();
    channel?.unref?.();
  }
}

function residentMemoryMb(pid: number | undefined): number | null {
  if (pid === undefined || process.platform !== 'linux') return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function isCompletePdf(pdf: Buffer): boolean {
  return pdf.subarray(0, 5).toString('latin1') === '%PDF-' && pdf.subarray(-32).toString('latin1').includes('%%EOF');
}
