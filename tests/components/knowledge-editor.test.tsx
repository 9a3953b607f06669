// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { Article, ArticleList, ArticleRevision } from '../../core/knowledge';
import { ArticleEditor } from '../../renderer/features/knowledge/ArticleEditor';
import { ArticleHistory } from '../../renderer/features/knowledge/ArticleHistory';
import { BILLING } from '../helpers/knowledge-articles';
import { renderInApp } from './render-in-app';
import { setUpTestDesk } from './desk-setup';

const bridge = setUpTestDesk();

it('previews the body as it is typed, refuses an article with no language, then saves a draft', async () => {
  renderInApp(<ArticleEditor article={null} onClose={() => undefined} />);
  const dialog = await screen.findByRole('dialog', { name: 'Write an article' });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
  await within(dialog).findByText('Required');
  expect(bridge.call<ArticleList>('articles.list', {}).total).toBe(0);

  fireEvent.change(within(dialog).getByLabelText('Chinese title'), { target: { value: '重置密码' } });
  fireEvent.change(within(dialog).getByLabelText('Chinese body (Markdown)'), {
    target: { value: '打开 **设置** <script>alert(1)</script>' },
  });
  const preview = within(dialog).getByRole('region', { name: 'Chinese preview' });
  await waitFor(() => expect(preview.querySelector('strong')?.textContent).toBe('设置'));
  expect(preview.querySelector('script')).toBeNull();
  expect(preview.textContent).toContain('<script>');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(bridge.call<ArticleList>('articles.list', {}).total).toBe(1));
  const saved = bridge.call<ArticleList>('articles.list', {}).items[0]!;
  expect(saved).toMatchObject({ status: 'draft', versions: { en: { title: '', body: '' } } });
});

it('compares the latest two revisions, and any two the agent picks', async () => {
  const input = {
    ...BILLING,
    versions: {
      'zh-CN': { title: '标题', body: '第一步\n第二步' },
      en: { title: 'Title', body: 'Step one' },
    },
  };
  const first = bridge.call<Article>('articles.save', input);
  bridge.call('articles.save', {
    ...input,
    id: first.id,
    versions: { ...input.versions, en: { title: 'Title', body: 'Step two' } },
  });
  const revisions = bridge.call<ArticleRevision[]>('articles.history', { id: first.id });
  renderInApp(<ArticleHistory revisions={revisions} />);
  const diff = await screen.findByRole('region', { name: 'English body' });
  expect(within(diff).getByText('two').tagName).toBe('INS');
  expect(within(diff).getByText('one').tagName).toBe('DEL');
  expect(screen.getByText(/Changed: English body/)).toBeTruthy();
  expect(screen.getByRole('combobox', { name: 'Older revision' })).toBeTruthy();
});
