// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { ImportPreview } from '../../core/knowledge-import';
import type { ArticleList } from '../../core/knowledge';
import type { ImportFiles } from '../../renderer/features/knowledge/knowledge-slice';
import { ImportPreviewDialog } from '../../renderer/features/knowledge/ImportPreviewDialog';
import { renderInApp } from './render-in-app';
import { setUpTestDesk } from './desk-setup';

const bridge = setUpTestDesk();

const file = (name: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, base64: btoa(String.fromCharCode(...bytes)) };
};

const NEW = `---
language: en
kind: faq
audience: customers
area: accounts_billing
tags: []
status: draft
title: Where is the invoice?
---

Partner Center > Billing.
`;

it('lists each refused file once with every reason by line, and writes only on confirm', async () => {
  const files: ImportFiles = [
    file('new.md', NEW),
    file('bad.md', NEW.replace('kind: faq', 'kind: poem').replace('status: draft', 'status: gone')),
    file('nul.md', NEW.replace('Billing', 'Bill\u0000ing')),
  ];
  const preview = bridge.call<ImportPreview>('articles.importPreview', { files });
  let closed = 0;
  renderInApp(<ImportPreviewDialog files={files} preview={preview} onClose={() => (closed += 1)} />);
  const dialog = await screen.findByRole('dialog', { name: 'Import preview' });
  expect(within(dialog).getByTestId('import-summary').textContent).toBe(
    '1 to add, 0 to update, 0 unchanged, 2 files refused',
  );
  expect(within(dialog).getByTestId('import-refused').textContent).toBe('Refused (2)');
  const bad = within(dialog).getByText('bad.md').closest('li')!;
  expect([...bad.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual([
    'line 3: Unknown kind poem',
    'line 7: Unknown status gone',
  ]);
  expect(within(dialog).getByText('line 11: Holds a control character that is not allowed')).toBeTruthy();

  fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  expect(closed).toBe(1);
  expect(bridge.call<ArticleList>('articles.list', {}).total).toBe(0);
  fireEvent.click(within(dialog).getByRole('button', { name: 'Import these' }));
  await waitFor(() => expect(closed).toBe(2));
  expect(bridge.call<ArticleList>('articles.list', {}).items.map((a) => a.versions.en.title)).toEqual([
    'Where is the invoice?',
  ]);
});
