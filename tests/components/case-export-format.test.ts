import { describe, expect, it } from 'vitest';
import type { CaseExportRow } from '../../core/case-export';
import { SNIPPET_CLOSE as C, SNIPPET_OPEN as O } from '../../core/case-query';
import {
  csvCell,
  csvWriter,
  jsonWriter,
  JSON_FORMAT,
  type ExportWriter,
} from '../../renderer/features/export/case-export-format';
import { splitSnippet } from '../../renderer/shared/Highlight';

const row: CaseExportRow = {
  id: '01934f3e-7b2a-7c00-8000-000000000001',
  number: 'SD-2026-000001',
  title: '客户无法登录 Outlook, "紧急"',
  customerId: '01934f3e-7b2a-7c00-8000-000000000002',
  customerName: '=HYPERLINK("evil")',
  severity: 'A',
  status: 'waiting_21v',
  supportArea: 'client_connectivity',
  service: 'office365',
  ownerId: null,
  ownerName: null,
  requestNumber: '2611010010004567',
  createdAt: 0,
  updatedAt: 60_000,
  description: '第一行\n第二行',
  tenantDomain: 'mingyuan.partner.onmschina.cn',
  tags: ['vip', '续费'],
};
const t = (key: string) => `«${key}»`;
const labels = { t, time: (ms: number) => `T${ms}`, service: (k: string) => `«services.${k}»` };

/** The whole file as the page writes it: the head, each chunk as it arrives, the tail. */
const written = (writer: ExportWriter, chunks: CaseExportRow[][], exportedAt = 5) =>
  writer.head(exportedAt) + chunks.map((rows) => writer.rows(rows)).join('') + writer.tail();

const rowNumbered = (n: number): CaseExportRow => ({ ...row, id: `${row.id}-${n}`, number: `SD-2026-${n}` });

/** A minimal RFC 4180 reader, to prove the file reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      endCell();
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(cells);
      cells = [];
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe('case export formats', () => {
  it('writes CSV that Excel reads as UTF-8: BOM, CRLF, quoted cells, translated headers and labels', () => {
    const csv = written(csvWriter(labels), [[row]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, line] = readCsv(csv.slice(1));
    expect(header![0]).toBe('«export.headers.number»');
    expect(header).toHaveLength(14);
    expect(line).toEqual([
      'SD-2026-000001',
      '客户无法登录 Outlook, "紧急"',
      `'=HYPERLINK("evil")`,
      'mingyuan.partner.onmschina.cn',
      '«statuses.waiting_21v»',
      '«severities.A»',
      '«supportAreas.client_connectivity»',
      '«services.office365»',
      '',
      '2611010010004567',
      'vip, 续费',
      'T0',
      'T60000',
      '第一行\n第二行',
    ]);
  });

  it('never lets a cell start a formula', () => {
    for (const value of ['=1+1', '+1', '-2', '@SUM(A1)'])
      expect(csvCell(value).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('writes JSON with stable keys that parses back to the same rows', () => {
    const parsed = JSON.parse(written(jsonWriter(), [[row]])) as {
      format: string;
      exportedAt: number;
      cases: CaseExportRow[];
    };
    expect(parsed).toEqual({ format: JSON_FORMAT, exportedAt: 5, cases: [row] });
  });

  it('writes the same file however the rows are chunked, the JSON exactly as one JSON.stringify', () => {
    const rows = [1, 2, 3, 4, 5].map(rowNumbered);
    const whole = { format: JSON_FORMAT, exportedAt: 5, cases: rows };
    expect(written(jsonWriter(), [rows.slice(0, 2), [], rows.slice(2)])).toBe(
      `${JSON.stringify(whole, null, 2)}\n`,
    );
    expect(written(jsonWriter(), [])).toBe(`${JSON.stringify({ ...whole, cases: [] }, null, 2)}\n`);
    expect(written(csvWriter(labels), [rows.slice(0, 1), rows.slice(1)])).toBe(
      written(csvWriter(labels), [rows]),
    );
    expect(readCsv(written(csvWriter(labels), [rows]).slice(1))).toHaveLength(6);
  });
});

describe('search snippets', () => {
  it('splits marked matches from plain text', () => {
    expect(splitSnippet(`客户${O}无法登录${C} Outlook ${O}密码${C}`)).toEqual([
      { text: '客户', marked: false },
      { text: '无法登录', marked: true },
      { text: ' Outlook ', marked: false },
      { text: '密码', marked: true },
    ]);
    expect(splitSnippet('no match')).toEqual([{ text: 'no match', marked: false }]);
    expect(splitSnippet(`${O}unterminated`)).toEqual([{ text: 'unterminated', marked: false }]);
  });
});
