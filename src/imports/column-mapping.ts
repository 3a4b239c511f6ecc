/** Which column of an uploaded table holds which of our fields. */
export type ImportField = 'name' | 'country' | 'type' | 'website' | 'contact_name' | 'contact_email';

export type ColumnMapping = Partial<Record<ImportField, number>>;

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// Checked in order; the first field whose pattern a header matches takes the column.
const PATTERNS: [ImportField, RegExp][] = [
  ['contact_email', /\b(e ?mail|courriel|correo|email address|adresse)\b/],
  ['website', /\b(website|web site|site web|sitio web|url|homepage|web)\b/],
  ['contact_name', /\b(contact|focal point|your name|full name|person|nom du contact|persona de contacto|signed by|first name)\b/],
  ['country', /\b(country|pays|pais|land|nation|country of registration|based in)\b/],
  ['type', /\b(type|kind|category|sector|tipo)\b/],
  ['name', /\b(organi[sz]ation|organi[sz]acion|organisme|entidad|institution|group|ngo|ong|signatory|name|nom|nombre)\b/],
];

/**
 * Guess which columns hold our fields from the header row (Google Forms:
 * "Timestamp", "Organisation name", "Email address", "Country").
 * Each column is used for at most one field; unmatched fields are left out.
 */
export function guessColumnMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const folded = headers.map(fold);
  for (const [field, pattern] of PATTERNS) {
    // "Organisation name" is the name, not the contact's name, even though both say "name".
    const index = folded.findIndex((h, i) => !used.has(i) && pattern.test(h) && !(field === 'contact_name' && /organi[sz]ation/.test(h)));
    if (index !== -1) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}
