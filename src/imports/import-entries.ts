import { z } from 'zod';
import { countryCode } from '../organisations/countries.ts';
import { issueText } from '../shared/text.ts';
import { CoordinatorSignatoryInput } from '../signatures/signature-input.ts';
import { ORGANISATION_TYPES, type OrganisationType } from '../signatures/signature.ts';
import type { ColumnMapping, ImportField } from './column-mapping.ts';
import { findSignatoryListSection } from './find-list-section.ts';
import type { TableImport } from './import-file-error.ts';
import { importError, MAX_ROWS } from './import-file-error.ts';
import { parseTextList } from './parse-text-list.ts';

/** One signatory an import would create, already validated as a coordinator's entry. */
export interface ImportEntry {
  name: string;
  country: string | null;
  /** "International", "Global" or "Regional" in the country column (left out in previews stored before). */
  international?: boolean;
  type: OrganisationType | null;
  website: string | null;
  contactName: string | null;
  contactEmail: string | null;
  /** Where it is in the source: "line 12" of a pasted list, "row 5" of a sheet. */
  origin: string;
  /** Values that were left out, in plain words ("Country "Atlantis" was not recognised"). */
  notes: string[];
}

/** A line or row that will not be imported, and why. */
export interface SkippedLine {
  origin: string;
  text: string;
  reason: string;
}

export interface ImportEntries {
  entries: ImportEntry[];
  skipped: SkippedLine[];
  warnings: string[];
}

export const IMPORT_FIELDS: readonly ImportField[] = ['name', 'country', 'type', 'website', 'contact_name', 'contact_email'];
export const FIELD_LABELS: Record<ImportField, string> = {
  name: 'Organisation name',
  country: 'Country',
  type: 'Type of organisation',
  website: 'Website',
  contact_name: 'Contact person',
  contact_email: 'Contact email',
};

/** A pasted text can be a whole statement; at most this many characters. */
export const MAX_TEXT_CHARS = 1_000_000;

/** What a list writes in its country column for an organisation that works across countries. */
const INTERNATIONAL_WORDS = /^(international|internacional|internationale?|global|globale?|regional|régional|worldwide|mondial|world|международн\S*|глобальн\S*|региональн\S*|دولي|دولية|عالمي|إقليمي)$/iu;

const OPTIONAL_FIELDS = ['country', 'type', 'website', 'contact_name', 'contact_email'] as const;
const LABEL: Record<(typeof OPTIONAL_FIELDS)[number], string> = {
  country: 'Country',
  type: 'Type',
  website: 'Website',
  contact_name: 'Contact person',
  contact_email: 'Contact email',
};

/**
 * Validates one entry as add-signatory would. A bad name skips the entry; any other bad value
 * is left out with a note, so one odd country does not lose an organisation.
 */
export function toEntry(raw: Record<(typeof IMPORT_FIELDS)[number], string | null | undefined>, origin: string): ImportEntry | SkippedLine {
  const notes: string[] = [];
  const input: Record<string, string | null> = { name: raw.name ?? '' };
  const country = raw.country?.trim();
  if (country && INTERNATIONAL_WORDS.test(country)) input.country = 'international';
  else if (country) {
    const iso = countryCode(country.length === 2 ? country.toUpperCase() : country);
    if (iso) input.country = iso;
    else notes.push(`Country "${country}" was not recognised and is left empty.`);
  }
  const type = raw.type?.trim().toLowerCase();
  if (type) {
    if ((ORGANISATION_TYPES as readonly string[]).includes(type)) input.type = type;
    else notes.push(`Type "${raw.type}" is not one of ${ORGANISATION_TYPES.join(', ')}; left empty.`);
  }
  for (const f of ['website', 'contact_name', 'contact_email'] as const) if (raw[f]?.trim()) input[f] = raw[f]!;

  let parsed = CoordinatorSignatoryInput.safeParse(input);
  if (!parsed.success) {
    const nameIssue = parsed.error.issues.find((i) => i.path[0] === 'name');
    if (nameIssue) return { origin, text: (raw.name ?? '').slice(0, 200), reason: issueText(nameIssue) };
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as (typeof OPTIONAL_FIELDS)[number];
      if (field in input && input[field] !== null) {
        notes.push(`${LABEL[field] ?? field} "${String(input[field]).slice(0, 100)}" left out: ${issueText(issue)}`);
        delete input[field]; // left out, not null: a null country would mean international
      }
    }
    parsed = CoordinatorSignatoryInput.safeParse(input);
    if (!parsed.success) return { origin, text: (raw.name ?? '').slice(0, 200), reason: parsed.error.issues[0] ? issueText(parsed.error.issues[0]) : 'Not a valid entry.' };
  }
  const v = parsed.data;
  return {
    name: v.name,
    country: v.country,
    international: v.international,
    type: v.type,
    website: v.website,
    contactName: v.contact_name,
    contactEmail: v.contact_email,
    origin,
    notes,
  };
}

const isSkipped = (x: ImportEntry | SkippedLine): x is SkippedLine => 'reason' in x;

function collect(results: (ImportEntry | SkippedLine)[], warnings: string[]): ImportEntries {
  const entries = results.filter((x): x is ImportEntry => !isSkipped(x));
  const skipped = results.filter(isSkipped);
  if (entries.length > MAX_ROWS) throw importError('import.error.tooManyEntries', { max: MAX_ROWS });
  if (entries.length === 0) throw skipped.length ? importError('import.error.noUsableName', { count: skipped.length }) : importError('import.error.noNames');
  return { entries, skipped, warnings };
}

/** Entries of a pasted list (numbered, bulleted, one per line), or of a whole statement's list section. */
export function entriesFromText(text: string): ImportEntries {
  if (text.length > MAX_TEXT_CHARS) throw importError('import.error.textTooLong', { max: MAX_TEXT_CHARS });
  if (!text.trim()) throw importError('import.error.nothingPasted');
  const section = findSignatoryListSection(text);
  const { entries, warnings } = section ? parseTextList(section.text, { lineOffset: section.lineOffset }) : parseTextList(text);
  const results = entries.map((e): ImportEntry | SkippedLine => {
    const origin = `line ${e.line}`;
    if (e.kind === 'individual') {
      return { origin, text: e.name, reason: 'An individual, not an organisation; individual signatures are not imported.' };
    }
    const entry = toEntry({ name: e.name, country: e.country, type: null, website: null, contact_name: null, contact_email: null }, origin);
    if (!isSkipped(entry) && !e.country && e.countryText) entry.notes.push(`"${e.countryText}" is a region, not a country; country left empty.`);
    return entry;
  });
  return collect(results, warnings.filter((w) => !/^No names were found/.test(w)));
}

const MappingSchema = z
  .object(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, z.number().int().min(0).max(999).optional()])) as Record<ImportField, z.ZodOptional<z.ZodNumber>>)
  .strict();

/** Checks a mapping against a table's headers: the name column is required and each column used once. */
export function validateMapping(mapping: unknown, headers: string[]): ColumnMapping {
  const parsed = MappingSchema.safeParse(mapping);
  if (!parsed.success) throw importError('import.error.mappingInvalid');
  const m = parsed.data as ColumnMapping;
  for (const [field, index] of Object.entries(m)) {
    if (index !== undefined && index >= headers.length) throw importError('import.error.columnMissing', { field: `import.field.${field as ImportField}` });
  }
  if (m.name === undefined) throw importError('import.error.chooseNameColumn');
  const used = Object.values(m).filter((i) => i !== undefined);
  if (new Set(used).size !== used.length) throw importError('import.error.columnTwice');
  return m;
}

/** Entries of an uploaded table under a column mapping; rows without a name are skipped with a note. */
export function entriesFromTable(table: TableImport, mapping: ColumnMapping): ImportEntries {
  const m = validateMapping(mapping, table.headers);
  const cell = (row: string[], field: ImportField) => (m[field] === undefined ? null : (row[m[field]!] ?? null));
  const results: (ImportEntry | SkippedLine)[] = [];
  let empty = 0;
  table.rows.forEach((row, i) => {
    const name = cell(row, 'name');
    if (!name?.trim()) {
      if (row.some((c) => c.trim())) empty++;
      return;
    }
    const raw = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, cell(row, f)])) as Record<ImportField, string | null>;
    results.push(toEntry(raw, `row ${i + 2}`));
  });
  const warnings = [...table.warnings];
  if (empty) warnings.push(`${empty} row(s) have no organisation name in the chosen column and are left out.`);
  return collect(results, warnings);
}
