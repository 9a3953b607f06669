import { describe, expect, it } from 'vitest';
import type { Article } from '../../core/knowledge';
import {
  articleFileName,
  articleToMarkdown,
  parseArticleMarkdown,
  writtenLanguages,
} from '../../core/knowledge-markdown';
import { OUTLOOK } from '../helpers/knowledge-articles';

/** The shared how-to as stored, in Chinese only, with text that the file's front matter must quote. */
const ARTICLE: Article = {
  ...OUTLOOK,
  id: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  versions: {
    'zh-CN': { title: 'Outlook 提示 "密码过期"', body: '1. 打开 **设置**\n\n---\n\n2. 重置密码\n' },
    en: { title: '', body: '' },
  },
  tags: ['Outlook', '密码: 过期'],
  status: 'published',
  revision: 3,
  createdAt: 1,
  updatedAt: 2,
  updatedBy: null,
  reviewedAt: null,
  solvedCount: 0,
};

const FILE = `---
id: 0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b
language: en
kind: faq
audience: internal
area: accounts_billing
service: null
tags: [billing, invoice]
status: draft
title: Where is the invoice?
---

Partner Center > Billing.
`;

const refusals = (text: string) => {
  const r = parseArticleMarkdown('x.md', text);
  return r.ok ? [] : r.refusals.map(({ line, reason }) => ({ line, reason }));
};

describe('knowledge Markdown files', () => {
  it('round-trip an article version exactly, front matter and body', () => {
    expect(writtenLanguages(ARTICLE)).toEqual(['zh-CN']);
    expect(articleFileName(ARTICLE.id, 'zh-CN')).toBe(`${ARTICLE.id}.zh-CN.md`);
    const text = articleToMarkdown(ARTICLE, 'zh-CN');
    expect(text.split('\n').slice(0, 11)).toEqual([
      '---',
      `id: ${ARTICLE.id}`,
      'language: zh-CN',
      'kind: howto',
      'audience: customers',
      'area: software_config',
      'service: office365',
      'tags: ["Outlook","密码: 过期"]',
      'status: published',
      'title: "Outlook 提示 \\"密码过期\\""',
      '---',
    ]);
    const back = parseArticleMarkdown('a.md', text);
    expect(back.ok && back.value).toMatchObject({
      id: ARTICLE.id,
      language: 'zh-CN',
      kind: 'howto',
      audience: 'customers',
      supportArea: 'software_config',
      service: 'office365',
      tags: ARTICLE.tags,
      status: 'published',
      title: ARTICLE.versions['zh-CN'].title,
      // A body holding a fence of its own and ending in a line end comes back as it was.
      body: ARTICLE.versions['zh-CN'].body,
    });
  });

  it('read a file written by hand: plain values, a flow list, Windows line ends and a byte-order mark', () => {
    const r = parseArticleMarkdown('faq.md', `\uFEFF${FILE.replace(/\n/g, '\r\n')}`);
    expect(r.ok && r.value).toMatchObject({
      language: 'en',
      kind: 'faq',
      service: null,
      tags: ['billing', 'invoice'],
      title: 'Where is the invoice?',
      body: 'Partner Center > Billing.',
      lines: { kind: 4, title: 10 },
    });
    // No id: a new article.
    const fresh = parseArticleMarkdown('new.md', FILE.replace(/^id: .*\n/m, ''));
    expect(fresh.ok && fresh.value.id).toBeNull();
  });

  it('refuse bad front matter with the line to blame', () => {
    expect(refusals('# no front matter')).toEqual([{ line: 1, reason: 'noFrontMatter' }]);
    expect(refusals('---\ntitle: x\n')).toEqual([{ line: 1, reason: 'unclosedFrontMatter' }]);
    expect(refusals(FILE.replace('kind: faq', 'kind: essay'))).toEqual([{ line: 4, reason: 'unknownKind' }]);
    expect(refusals(FILE.replace('area: accounts_billing', 'area: sales'))).toEqual([
      { line: 6, reason: 'unknownArea' },
    ]);
    expect(refusals(FILE.replace('title: Where is the invoice?', 'title: ""'))).toEqual([
      { line: 10, reason: 'missingTitle' },
    ]);
    expect(refusals(FILE.replace(/^title: .*\n/m, ''))).toEqual([{ line: null, reason: 'missingTitle' }]);
    expect(refusals(FILE.replace('status: draft', 'status: draft\nowner: me\nstatus: draft'))).toEqual([
      { line: 10, reason: 'unknownKey' },
      { line: 11, reason: 'duplicateKey' },
    ]);
    expect(refusals(FILE.replace('language: en', 'language: fr'))).toEqual([
      { line: 3, reason: 'badLanguage' },
    ]);
    expect(refusals(FILE.replace(/^id: .*$/m, 'id: ../../etc/passwd'))).toEqual([
      { line: 2, reason: 'badId' },
    ]);
    expect(refusals(FILE.replace('service: null', 'service: ../x'))).toEqual([
      { line: 7, reason: 'badService' },
    ]);
    expect(refusals(FILE.replace('tags: [billing, invoice]', 'tags: {a: 1}'))).toEqual([
      { line: 8, reason: 'badTags' },
    ]);
    expect(refusals(FILE.replace('kind: faq', 'kind faq'))).toEqual([
      { line: 4, reason: 'badLine' },
      { line: null, reason: 'missingKey' },
    ]);
  });

  it('refuse hostile input: control characters, an endless front matter, bodies and titles too long', () => {
    expect(refusals(FILE.replace('Billing.', 'Bill\u0000ing.'))).toEqual([
      { line: 13, reason: 'controlCharacter' },
    ]);
    expect(refusals(FILE.replace('invoice?', 'invoice\u001b[31m?'))).toEqual([
      { line: 10, reason: 'controlCharacter' },
    ]);
    expect(refusals(FILE.replace('invoice?', 'invoice\ud800?'))).toEqual([
      { line: 10, reason: 'controlCharacter' },
    ]);
    expect(refusals(`---\n${'a: b\n'.repeat(10_000)}---\n`)).toEqual([
      { line: 1, reason: 'unclosedFrontMatter' },
    ]);
    expect(refusals(`${FILE}${'x'.repeat(50_001)}`)).toEqual([{ line: 12, reason: 'bodyTooLong' }]);
    expect(refusals(FILE.replace('Where is the invoice?', 'x'.repeat(201)))).toEqual([
      { line: 10, reason: 'titleTooLong' },
    ]);
    // A prototype key is just an unknown key.
    expect(refusals(FILE.replace('status: draft', 'status: draft\n__proto__: x'))).toEqual([
      { line: 10, reason: 'unknownKey' },
    ]);
  });
});
