// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_CHUNK_CHARS } from '../../core/customer-import';
import { formatRoute, parseRoute } from '../../renderer/app/routes';
import { CustomerListPage } from '../../renderer/features/customers/CustomerListPage';
import { formErrors } from '../../renderer/shared/form-issues';
import { ImportDialog } from '../../renderer/features/import/ImportDialog';
import { textPieces } from '../../renderer/features/import/pieces';
import { stageText, type StageProgress } from '../../renderer/features/import/stage-text';
import { useStore } from '../../renderer/store';
import { renderInApp } from './render-in-app';
import { setUpTestDesk } from './desk-setup';

const bridge = setUpTestDesk();

beforeEach(async () => {
  useStore.setState({ language: 'en', route: { name: 'customers' } });
});

const count = (table: string) => bridge.desk.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
const HEADER = 'name,tenant_domain,services,contact_name,contact_email';

describe('cutting the file into pieces', () => {
  it('keeps every piece within the limit, cuts at line ends, and loses nothing', () => {
    const text = Array.from({ length: 500 }, (_, i) => `客户 ${i},t${i}.partner.onmschina.cn,Azure`).join(
      '\r\n',
    );
    const pieces = textPieces(text, 1000);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((p) => p.length <= 1000)).toBe(true);
    expect(pieces.slice(0, -1).every((p) => p.endsWith('\n'))).toBe(true);
  });

  it('never splits a surrogate pair, even in a long line', () => {
    const text = '𠮷'.repeat(1000);
    const pieces = textPieces(text, 101);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(p.length % 2).toBe(0);
  });

  it('sends at least one (empty) piece for an empty file', () => {
    expect(textPieces('')).toEqual(['']);
  });

  it('stays under the 2 MB request body limit for the worst text a piece can hold', () => {
    const worst = '\u0001'.repeat(IMPORT_CHUNK_CHARS); // JSON escapes each as six bytes
    const body = JSON.stringify({
      importId: '01900000-0000-7000-8000-000000000000',
      text: worst,
      final: false,
    });
    expect(new TextEncoder().encode(body).length).toBeLessThan(2 * 1024 * 1024);
    const chinese = JSON.stringify({ text: '明'.repeat(IMPORT_CHUNK_CHARS) });
    expect(new TextEncoder().encode(chinese).length).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('staging through the API', () => {
  const csv = (rows: number) =>
    [HEADER, ...Array.from({ length: rows }, (_, i) => `Co ${i},c${i}.partner.onmschina.cn,Azure,,`)].join(
      '\n',
    );

  it('reports progress piece by piece and ends with the preview', async () => {
    const text = csv(30_000); // about 1.2 million characters: several pieces
    const steps: StageProgress[] = [];
    const staged = await stageText(
      text,
      (p) => steps.push(p),
      () => false,
    );
    expect(steps.length).toBe(textPieces(text).length);
    expect(steps.length).toBeGreaterThan(3);
    expect(steps.map((s) => s.done)).toEqual([...steps.map((s) => s.done)].sort((a, b) => a - b));
    expect(steps.at(-1)).toEqual({ done: 1, rows: 30_000, errorRows: 0 });
    expect(staged?.preview).toMatchObject({ rows: 30_000, creates: 30_000 });
    expect(count('customers')).toBe(0);
  });

  it('stops between pieces when cancelled and drops what was staged', async () => {
    const text = csv(30_000);
    let pieces = 0;
    const staged = await stageText(
      text,
      () => (pieces += 1),
      () => pieces >= 2,
    );
    expect(staged).toBeNull();
    expect(pieces).toBe(2);
    expect(count('customers')).toBe(0);
  });
});

describe('contract issues on form fields', () => {
  it('puts the first issue of each known field on it, worded, with field-specific wording where given', () => {
    const issues = [
      { path: 'email', message: 'validation.invalid' },
      { path: 'email', message: 'validation.tooLong' },
      { path: 'name', message: 'validation.required' },
      { path: 'unknown', message: 'validation.invalid' },
    ];
    const t = (key: string) => `«${key}»`;
    expect(
      formErrors(issues, ['name', 'email'] as const, t, {
        email: { 'validation.invalid': 'customerIssues.email' },
      }),
    ).toEqual([
      { name: 'email', errors: ['«customerIssues.email»'] },
      { name: 'name', errors: ['«validation.required»'] },
    ]);
  });
});

describe('customer routes', () => {
  it('round-trips the list and a customer page', () => {
    const id = '01934f3e-7b2a-7c00-8000-000000000001';
    expect(parseRoute('#/customers')).toEqual({ name: 'customers' });
    expect(parseRoute(`#/customers/${id}`)).toEqual({ name: 'customer', id });
    expect(formatRoute({ name: 'customer', id })).toBe(`#/customers/${id}`);
    expect(formatRoute({ name: 'customers' })).toBe('#/customers');
  });
});

describe('the customer list page', () => {
  it('invites an import on an empty desk', async () => {
    renderInApp(<CustomerListPage />);
    expect(await screen.findByText(/No customers yet/)).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /Import CSV/ }).length).toBeGreaterThan(0);
  });

  it('lists customers and opens one from the keyboard', async () => {
    bridge.call('customers.create', {
      name: 'Contoso China',
      tenantDomain: 'contosocn.partner.onmschina.cn',
    });
    const fabrikam = bridge.call<{ id: string }>('customers.create', {
      name: 'Fabrikam',
      services: ['azure'],
    });
    renderInApp(<CustomerListPage />);
    const row = (await screen.findByText('Fabrikam')).closest('tr')!;
    expect(within(row).getByText('Azure')).toBeTruthy();
    expect(screen.getByText('contosocn.partner.onmschina.cn')).toBeTruthy();
    row.focus();
    fireEvent.keyDown(row, { key: 'Enter' });
    expect(useStore.getState().route).toEqual({ name: 'customer', id: fabrikam.id });
  });
});

describe('the import dialog', () => {
  it('reads a GBK file, shows the bad row, and imports the rest on confirm', async () => {
    // "客户名称,租户域名\r\n明远,bad_domain\r\n华信,huaxin.partner.onmschina.cn\r\n" in GBK.
    const gbk = new Uint8Array([
      0xbf,
      0xcd,
      0xbb,
      0xa7,
      0xc3,
      0xfb,
      0xb3,
      0xc6,
      0x2c,
      0xd7,
      0xe2,
      0xbb,
      0xa7,
      0xd3,
      0xf2,
      0xc3,
      0xfb,
      0x0d,
      0x0a,
      0xc3,
      0xf7,
      0xd4,
      0xb6,
      0x2c,
      ...new TextEncoder().encode('bad_domain\r\n'),
      0xbb,
      0xaa,
      0xd0,
      0xc5,
      0x2c,
      ...new TextEncoder().encode('huaxin.partner.onmschina.cn\r\n'),
    ]);
    let closed: boolean | null = null;
    const { container } = renderInApp(<ImportDialog open onClose={(imported) => (closed = imported)} />);
    const input = document.body.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(container).toBeTruthy();
    await act(async () => {
      fireEvent.change(input, {
        target: { files: [new File([gbk], 'customers.csv', { type: 'text/csv' })] },
      });
    });
    expect(await screen.findByText('customers.csv')).toBeTruthy();
    expect(screen.getByText(/GBK \(Chinese Windows\) · detected/)).toBeTruthy();
    expect(
      screen.getByText(
        '“bad_domain” is not a valid domain; expected something like contoso.partner.onmschina.cn.',
      ),
    ).toBeTruthy();
    expect(count('customers')).toBe(0);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Confirm import (1)' }));
    });
    expect(await screen.findByText('Import complete')).toBeTruthy();
    expect(count('customers')).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(closed).toBe(true));
  });
});
