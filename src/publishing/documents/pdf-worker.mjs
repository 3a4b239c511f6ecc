// Child process that owns one long-lived Typst compiler (creating it and
// loading the fonts is the slow part). Started and killed by render-pdf.ts;
// plain JavaScript so it needs no TypeScript loader to start.
//
// argv[2]: JSON { templatePath: string, fontFiles: string[] }
// in:  { type: 'render', id: number, data: string }
// out: { id, ok: true, pdf: Uint8Array, pages: number } | { id, ok: false, message: string }
import { readFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const config = JSON.parse(process.argv[2] ?? '{}');
const template = readFileSync(config.templatePath, 'utf8');
const compiler = NodeCompiler.create({
  // Font blobs rather than directories: exactly these files, nothing scanned.
  fontArgs: [{ fontBlobs: config.fontFiles.map((file) => readFileSync(file)) }],
});

/** @param {unknown} error */
function describe(error) {
  if (!error) return 'unknown error';
  try {
    const diagnostics = /** @type {any} */ (error).shortDiagnostics;
    if (Array.isArray(diagnostics) && diagnostics.length > 0) {
      return diagnostics.map((d) => (typeof d?.message === 'string' ? d.message : JSON.stringify(d))).join('; ');
    }
  } catch {
    // fall through to the generic description
  }
  return error instanceof Error ? error.message : String(error);
}

process.on('message', (/** @type {any} */ message) => {
  if (!message || message.type !== 'render') return;
  const { id, data } = message;
  try {
    const result = compiler.compile({ mainFileContent: template, inputs: { data } });
    const doc = result.result;
    if (result.hasError() || !doc) {
      process.send?.({ id, ok: false, message: describe(result.takeError()) });
      return;
    }
    const pdf = compiler.pdf(doc);
    process.send?.({ id, ok: true, pdf, pages: doc.numOfPages });
  } catch (error) {
    process.send?.({ id, ok: false, message: describe(error) });
  } finally {
    // Keep the memo cache of a long-lived compiler from growing without bound.
    compiler.evictCache(10);
  }
});

// Never outlive the parent.
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready' });
