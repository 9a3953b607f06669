import type { CaseExportRow } from '../../../core/case-export';

/** What the JSON file says it is, for the tools that read it. */
export const JSON_FORMAT = 'shiftdesk.cases/1';

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

/** A file written chunk by chunk: the head, each chunk's rows as they arrive, then the tail. */
export interface ExportWriter {
  extension: 'csv' | 'json';
  type: string;
  head(exportedAt: number): string;
  rows(rows: CaseExportRow[]): string;
  tail(): string;
}

/**
 * CSV that Excel opens correctly in Chinese: UTF-8 with a byte-order mark, CRLF line ends, headers and
 * labels in the agent's language.
 */
export function csvWriter(labels: ExportLabels): ExportWriter {
  const line = (cells: string[]) => `${cells.map(csvCell).join(',')}\r\n`;
  return {
    extension: 'csv',
    type: 'text/csv;charset=utf-8',
    head: () => `\uFEFF${line(COLUMNS.map(([h]) => labels.t(`export.headers.${h}`)))}`,
    rows: (rows) => rows.map((row) => line(COLUMNS.map(([, value]) => value(row, labels)))).join(''),
    tail: () => '',
  };
}

/**
 * JSON keeps the stable keys (not labels) and epoch milliseconds, for other tools to read: the same text
 * as `JSON.stringify({ format, exportedAt, cases }, null, 2)`, written a chunk at a time.
 */
export function jsonWriter(): ExportWriter {
  let written = 0;
  const indent = (text: string) => text.replace(/^/gm, '    ');
  return {
    extension: 'json',
    type: 'application/json',
    head: (exportedAt) =>
      `{\n  "format": ${JSON.stringify(JSON_FORMAT)},\n  "exportedAt": ${JSON.stringify(exportedAt)},\n  "cases": [`,
    rows: (rows) =>
      rows.map((row) => `${written++ ? ',' : ''}\n${indent(JSON.stringify(row, null, 2))}`).join(''),
    tail: () => `${written ? '\n  ' : ''}]\n}\n`,
  };
}
