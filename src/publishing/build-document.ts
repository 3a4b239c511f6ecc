import { placeName } from '../i18n/place-name.ts';
import { formatDate, translator } from '../i18n/i18n.ts';
import type { FrozenEntry } from './edition.ts';
import type { StatementDocument } from './documents/types.ts';

export interface DocumentSource {
  language: string;
  /** The headline with the count filled in (or the title). */
  title: string;
  placeAndDate: string | null;
  body: string;
  signatories: FrozenEntry[];
  addendum: FrozenEntry[];
  confidentialCount: number;
  /** Individuals where the statement allows them, listed after the organisations with their affiliation. */
  individuals?: { number: number; name: string; affiliation: string | null }[];
  /** The exact number of organisations, printed beside a headline that may be rounded. */
  count?: number;
  edition: { number: number; publishedAt: Date } | null;
}

/** The pure data a PDF/DOCX is made from: country names, labels and dates in the document's language. */
export function buildStatementDocument(src: DocumentSource): StatementDocument {
  const t = translator(src.language);
  const entry = (e: FrozenEntry) => ({ number: e.number, name: e.name, country: placeName(e, src.language) });
  const date = src.edition ? formatDate(src.edition.publishedAt, src.language) : '';
  return {
    language: src.language,
    title: src.title,
    dateLine: src.placeAndDate,
    bodyMarkdown: src.body,
    signatories: src.signatories.map(entry),
    confidentialCount: src.confidentialCount,
    addendum: src.addendum.map(entry),
    individuals: (src.individuals ?? []).map((e) => ({ number: e.number, name: e.name, country: e.affiliation })),
    labels: {
      signatoriesHeading: t('statement.signatoriesHeading'),
      addendumHeading: t('statement.addendumHeading'),
      individualsHeading: t('statement.individualsHeading'),
      confidential: src.confidentialCount > 0 ? t('statement.confidential', { count: src.confidentialCount }) : null,
      editionLine: src.edition ? t('statement.editionLine', { number: String(src.edition.number), date }) : null,
      countLine: src.count === undefined ? null : t('statement.count', { count: src.count }),
    },
  };
}
