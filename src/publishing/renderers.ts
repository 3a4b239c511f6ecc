import { localisedError } from '../errors.ts';
import { renderPdf } from './documents/render-pdf.ts';
import type { StatementDocument } from './documents/types.ts';
import type { DocumentFormat } from './edition.ts';

export type Render = (doc: StatementDocument) => Promise<Buffer>;
export type Renderers = Record<DocumentFormat, Render>;

/**
 * The real document engines, with the time and memory limits a server render needs. The Word
 * engine (the docx package, ~10 MB in memory) is loaded at the first render, not at start-up.
 */
export const defaultRenderers: Renderers = {
  pdf: (doc) => renderPdf(doc, { timeoutMs: 60_000, maxMemoryMb: 1024 }),
  docx: async (doc) => (await import('./documents/render-docx.ts')).renderDocx(doc),
};

/** Renders one format; any engine failure becomes a render_failed error that says what went wrong. */
export async function render(renderers: Renderers, format: DocumentFormat, doc: StatementDocument): Promise<Buffer> {
  try {
    return await renderers[format](doc);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw localisedError('render_failed', 'error.renderFailed', { format: format.toUpperCase(), why });
  }
}
