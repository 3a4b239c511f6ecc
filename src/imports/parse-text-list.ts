import { countryCode } from '../organisations/countries.ts';
import { listUsesCountrySuffix, splitCountrySuffix } from './country-suffix.ts';
import { classifyLine, continuesName, joinWrapped } from './list-lines.ts';
import { dropPageArtefacts, toSourceLines, type SourceLine } from './pasted-lines.ts';

export interface ParsedEntry {
  name: string;
  /** ISO 3166 alpha-2 when the location written after the name is a recognised country, else null. */
  country: string | null;
  /** The location exactly as written, when one was split off the name (may be a region). */
  countryText?: string;
  section?: string;
  /** 1-based line where the entry starts in the text given. */
  line: number;
  kind?: 'organisation' | 'individual';
  /** For individuals: the organisation named in parentheses. */
  affiliation?: string;
  /** For individuals: a title written after the name ("Ph.D."). */
  title?: string;
}

export type CountryConvention = 'auto' | 'none' | 'suffix';

export interface ParseTextListOptions {
  /** 'auto' splits trailing countries only when the list evidently writes them that way. */
  countryConvention?: CountryConvention;
  /** Added to line numbers, when the text is a section cut from a longer document. */
  lineOffset?: number;
}

interface RawEntry {
  text: string;
  line: number;
  section: string | undefined;
}

/** Parse a pasted list of signatories (numbered, bulleted or one per line) into entries. */
export function parseTextList(
  text: string,
  opts: ParseTextListOptions = {},
): { entries: ParsedEntry[]; warnings: string[] } {
  const warnings: string[] = [];
  const lines = dropPageArtefacts(toSourceLines(text), warnings);
  const raw = isNumberedList(lines) ? collectNumbered(lines, warnings) : collectOnePerLine(lines);
  const offset = opts.lineOffset ?? 0;
  const entries = raw
    .map((entry) => toEntry({ ...entry, line: entry.line + offset }))
    .filter((entry): entry is ParsedEntry => entry !== null);
  applyCountryConvention(entries, opts.countryConvention ?? 'auto');
  if (entries.length === 0) warnings.push('No names were found in the text.');
  return { entries, warnings };
}

function isNumberedList(lines: SourceLine[]): boolean {
  let numbered = 0;
  let other = 0;
  for (const line of lines) {
    const kind = classifyLine(line.text).kind;
    if (kind === 'numbered') numbered++;
    else if (kind === 'text' || kind === 'bullet') other++;
  }
  // Wrapped names add unnumbered lines, so numbers need not be the majority.
  return numbered >= 3 && numbered >= other / 2;
}

function collectNumbered(lines: SourceLine[], warnings: string[]): RawEntry[] {
  const entries: RawEntry[] = [];
  let current: RawEntry | undefined;
  let section: string | undefined;
  let lastNumber = 0;
  for (const line of lines) {
    const parsed = classifyLine(line.text);
    if (parsed.kind === 'numbered') {
      if (lastNumber && parsed.number !== lastNumber + 1) {
        warnings.push(`Line ${line.number}: numbering goes from ${lastNumber} to ${parsed.number}.`);
      }
      lastNumber = parsed.number;
      current = { text: parsed.text, line: line.number, section };
      entries.push(current);
    } else if (parsed.kind === 'heading' && !(current && endsManyNames(line.text))) {
      if (parsed.section) section = parsed.section;
      current = undefined;
    } else if (parsed.kind !== 'blank') {
      const continuation = parsed.kind === 'heading' ? line.text.trim() : parsed.text;
      // In a numbered list every unnumbered line continues the entry above it.
      if (current) current.text = current.text ? joinWrapped(current.text, continuation) : continuation;
      else warnings.push(`Line ${line.number}: "${continuation}" comes before the first number and was skipped.`);
    }
  }
  return entries.filter((entry) => entry.text !== '');
}

// "Organizations" alone on a line inside a numbered list is the last word of
// a wrapped name ("International Federation of Non Governmental / Organizations"),
// not a section label: numbered lists label sections by region or type.
function endsManyNames(line: string): boolean {
  return /^organi[sz]ations$/i.test(line.trim());
}

function collectOnePerLine(lines: SourceLine[]): RawEntry[] {
  const entries: RawEntry[] = [];
  let current: RawEntry | undefined;
  let blankSince = false;
  let section: string | undefined;
  for (const line of lines) {
    const parsed = classifyLine(line.text);
    if (parsed.kind === 'blank') {
      blankSince = true;
      continue;
    }
    if (parsed.kind === 'heading') {
      if (parsed.section) section = parsed.section;
      current = undefined;
    } else if (parsed.kind === 'numbered' || parsed.kind === 'bullet') {
      current = { text: parsed.text, line: line.number, section };
      entries.push(current);
    } else if (current && continuesName(current.text, parsed.text, blankSince || line.pageBreakBefore)) {
      current.text = joinWrapped(current.text, parsed.text);
    } else {
      current = { text: parsed.text, line: line.number, section };
      entries.push(current);
    }
    blankSince = false;
  }
  return entries;
}

const INDIVIDUAL =
  /^(.+?),\s*(?:(.+?),\s*)?in (?:an? )?(?:individual|personal) capacity\s*(?:\((.+)\))?\s*$/iu;

function toEntry(raw: RawEntry): ParsedEntry | null {
  const name = raw.text.replace(/\s+/g, ' ').replace(/[\s;,]+$/u, '').trim();
  if (!name) return null;
  const entry: ParsedEntry = { name, country: null, line: raw.line };
  if (raw.section) entry.section = raw.section;
  const individual = INDIVIDUAL.exec(name);
  if (individual?.[1]) {
    entry.name = individual[1].trim();
    entry.kind = 'individual';
    if (individual[2]) entry.title = individual[2].trim();
    if (individual[3]) entry.affiliation = individual[3].trim();
  } else if (raw.section && /^individual/i.test(raw.section)) {
    entry.kind = 'individual';
  }
  return entry;
}

function applyCountryConvention(entries: ParsedEntry[], convention: CountryConvention): void {
  const organisations = entries.filter((entry) => entry.kind !== 'individual');
  const split = convention === 'suffix' || (convention === 'auto' && listUsesCountrySuffix(organisations.map((e) => e.name)));
  if (!split) return;
  for (const entry of organisations) {
    const suffix = splitCountrySuffix(entry.name);
    if (!suffix) continue;
    entry.name = suffix.name;
    entry.countryText = suffix.countryText;
    entry.country = suffix.location.iso ?? countryCode(suffix.countryText);
  }
}
