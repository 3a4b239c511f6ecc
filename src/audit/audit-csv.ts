import { stringify } from 'csv-stringify/sync';
import type { Translate } from '../i18n/i18n.ts';
import { neutraliseFormula } from '../publishing/documents/csv.ts';
import { actionInWords, type AuditEvent } from './audit-event.ts';

/**
 * The log as a spreadsheet: UTF-8 with a BOM (Excel reads accents), CRLF line ends, and every
 * text cell that a spreadsheet would run as a formula made inert (a name can start with "=").
 */
export function auditCsv(events: AuditEvent[], t: Translate): string {
  const rows = events.map((e) => [e.at.toISOString(), e.actor, e.action, actionInWords(e.action, t), e.subjectType, e.subjectId, e.subjectName ?? '', e.statement ?? '']);
  const header = ['at', 'actor', 'action', t('audit.csv.description'), 'subject_type', 'subject_id', t('audit.csv.subject'), 'statement'];
  return '\uFEFF' + stringify([header, ...rows].map((r) => r.map((cell) => neutraliseFormula(cell))), { record_delimiter: '\r\n' });
}
