import type { CaseExportRow } from '../../../core/case-query';

type Translate = (key: string) => string;

/** How the export names things in the agent's language. */
export interface ExportLabels {
  t: Translate;
  time: (ms: number) => string;
  service: (key: string) => string;
}

/** Columns in spreadsheet order: header key and how to read the value. */
const COLUMNS: [header: string, value: (row: CaseExportRow, labels: ExportLabels) => string][] = [
  ['number', (r) => r.number],
  ['title', (r) => r.title],
  ['customer', (r) => r.customerName],
  ['tenantDomain', (r) => r.tenantDomain ?? ''],
  ['status', (r, l) => l.t(`statuses.${r.status}`)],
  ['severity', (r, l) => l.t(`severities.${r.severity}`)],
  ['supportArea', (r, l) => l.t(`supportAreas.${r.supportArea}`)],
  ['service', (r, l) => l.service(r.service)],
  ['owner', (r) => r.ownerName ?? ''],
  ['requestNumber', (r) => r.requestNumber ?? ''],
  ['tags', (r) => r.tags.join(', ')],
  ['created', (r, l) => l.time(r.createdAt)],
  ['updated', (r, l) => l.time(r.updatedAt)],
  ['description', (r) => r.description],
];

/** A cell as Excel should read it: quoted when needed, and never taken for a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * CSV that Excel opens correctly in Chinese: UTF-8 with a byte-order mark, CRLF line ends, headers and
 * labels in the agent's language.
 */
export function casesToCsv(rows: CaseExportRow[], labels: ExportLabels): string {
  const lines = [COLUMNS.map(([h]) => csvCell(labels.t(`export.headers.${h}`))).join(',')];
  for (const row of rows) lines.push(COLUMNS.map(([, value]) => csvCell(value(row, labels))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** JSON keeps the stable keys (not labels) and epoch milliseconds, for other tools to read. */
export function casesToJson(rows: CaseExportRow[], exportedAt: number): string {
  return `${JSON.stringify({ format: 'shiftdesk.cases/1', exportedAt, cases: rows }, null, 2)}\n`;
}
