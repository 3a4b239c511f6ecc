/** One numbered line of a published list (organisations, addendum or individuals). */
export interface DocumentListEntry {
  number: number;
  name: string;
  /** Display name, already localised. */
  country: string | null;
}

/** Everything needed to print one statement; pure data, no database rows. */
export interface StatementDocument {
  /** BCP 47, e.g. 'en', 'fr', 'ar' (ar → right-to-left body). */
  language: string;
  /** Count already substituted. */
  title: string;
  /** E.g. 'Porto, 28 April 2019'. */
  dateLine: string | null;
  bodyMarkdown: string;
  /** Already numbered and ordered (initiators first, then collation order). */
  signatories: DocumentListEntry[];
  /** Counted but not named. */
  confidentialCount: number;
  /** 'Signed after publication'. */
  addendum: DocumentListEntry[];
  /** Separate list, may be empty. */
  individuals: DocumentListEntry[];
  labels: {
    signatoriesHeading: string;
    addendumHeading: string;
    individualsHeading: string;
    /** E.g. 'and 4 organisations that cannot be named for their safety'. */
    confidential: string | null;
    /** E.g. 'Edition 1, published 28 April 2019'. */
    editionLine: string | null;
    /** The exact count, e.g. '336 organisations have signed', printed under the (perhaps rounded) title. */
    countLine?: string | null;
  };
}

/** A render failed, timed out or ran out of memory; no partial output exists. */
export class DocumentRenderError extends Error {
  override readonly name = 'DocumentRenderError';
  constructor(
    message: string,
    readonly reason: 'timeout' | 'memory' | 'crash' | 'compile' | 'invalid-output' | 'invalid-input',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
