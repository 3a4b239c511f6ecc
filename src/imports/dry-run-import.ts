import { findDuplicatesWithin, type DuplicatePair } from '../organisations/find-duplicates.ts';
import { findSignatoryListSection } from './find-list-section.ts';
import { parseTextList, type ParseTextListOptions } from './parse-text-list.ts';

export interface DryRunResult {
  entries: { name: string; country: string | null }[];
  /** a and b are 0-based indices into entries. */
  duplicates: DuplicatePair[];
  warnings: string[];
}

/**
 * What `undersigned import --dry-run` prints for a pasted list: the entries
 * it would create and the likely duplicates within the file. A whole
 * statement is accepted too; its signatory section is used.
 */
export function dryRunTextImport(text: string, opts: ParseTextListOptions = {}): DryRunResult {
  const section = findSignatoryListSection(text);
  const { entries, warnings } = section
    ? parseTextList(section.text, { ...opts, lineOffset: section.lineOffset })
    : parseTextList(text, opts);
  const duplicates = findDuplicatesWithin(entries.map((e) => ({ name: e.name, country: e.country })));
  return { entries: entries.map((e) => ({ name: e.name, country: e.country })), duplicates, warnings };
}
