import type { DuplicatePair } from '../organisations/find-duplicates.ts';
import type { DuplicateLevel } from '../organisations/similarity.ts';
import type { SignatureState } from '../signatures/signature.ts';
import type { ColumnMapping } from './column-mapping.ts';
import type { ImportEntry, SkippedLine } from './import-entries.ts';

export type ImportFormat = 'text' | 'csv' | 'xlsx';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['text', 'csv', 'xlsx'];

/** An entry that looks like a signatory already on the statement. */
export interface ExistingMatch {
  entry: number;
  signatureId: string;
  name: string;
  state: SignatureState;
  score: number;
  /** Absent in previews stored before levels existed: "likely". */
  level?: DuplicateLevel;
  reason: string;
}

/** An entry the registry recognises: the organisation signed another statement before. */
export interface RegistryMatch {
  entry: number;
  organisationId: string;
  name: string;
  score: number;
  reason: string;
}

/** What an import would create, kept until the coordinator confirms or discards it. */
export interface ImportPreview {
  id: string;
  statementId: string;
  format: ImportFormat;
  sourceName: string | null;
  /** For a table: its header row and the columns used for our fields. */
  headers: string[] | null;
  mapping: ColumnMapping | null;
  entries: ImportEntry[];
  skipped: SkippedLine[];
  warnings: string[];
  /** Likely duplicates within the list; a and b index entries. */
  duplicates: DuplicatePair[];
  existing: ExistingMatch[];
  registry: RegistryMatch[];
  createdBy: string | null;
  createdAt: Date;
}
