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

type Refusal = { line: number | null; reason: string };

/** Files with bad front matter, each with what it is refused for and the line to blame. */
const BAD_FRONT_MATTER: [string, string, Refusal[]][] = [
  ['no front matter', '# no front matter', [{ line: 1, reason: 'noFrontMatter' }]],
  ['one never closed', '---\ntitle: x\n', [{ line: 1, reason: 'unclosedFrontMatter' }]],
  ['an unknown kind', FILE.replace('kind: faq', 'kind: essay'), [{ line: 4, reason: 'unknownKind' }]],
  [
    'an unknown area',
    FILE.replace('area: accounts_billing', 'area: sales'),
    [{ line: 6, reason: 'unknownArea' }],
  ],
  [
    'an empty title',
    FILE.replace('title: Where is the invoice?', 'title: ""'),
    [{ line: 10, reason: 'missingTitle' }],
  ],
  ['no title', FILE.replace(/^title: .*\n/m, ''), [{ line: null, reason: 'missingTitle' }]],
  [
    'an unknown key and a repeated one',
    FILE.replace('status: draft', 'status: draft\nowner: me\nstatus: draft'),
    [
      { line: 10, reason: 'unknownKey' },
      { line: 11, reason: 'duplicateKey' },
    ],
  ],
  ['an unknown language', FILE.replace('language: en', 'language: fr'), [{ line: 3, reason: 'badLanguage' }]],
  ['an id that is a path', FILE.replace(/^id: .*$/m, 'id: ../../etc/passwd'), [{ line: 2, reason: 'badId' }]],
  [
    'a service that is a path',
    FILE.replace('service: null', 'service: ../x'),
    [{ line: 7, reason: 'badService' }],
  ],
  [
    'tags that are no list',
    FILE.replace('tags: [billing, invoice]', 'tags: {a: 1}'),
    [{ line: 8, reason: 'badTags' }],
  ],
  [
    'a line without its colon',
    FILE.replace('kind: faq', 'kind faq'),
    [
      { line: 4, reason: 'badLine' },
      { line: null, reason: 'missingKey' },
    ],
  ],
];

/** Hostile files: control characters, an endless front matter, bodies and titles too long. */
const HOSTILE: [string, string, Refusal[]][] = [
  [
    'a NUL in the body',
    FILE.replace('Billing.', 'Bill\u0000ing.'),
    [{ line: 13, reason: 'controlCharacter' }],
  ],
  [
    'an escape sequence',
    FILE.replace('invoice?', 'invoice\u001b[31m?'),
    [{ line: 10, reason: 'controlCharacter' }],
  ],
  [
    'a lone surrogate',
    FILE.replace('invoice?', 'invoice\ud800?'),
    [{ line: 10, reason: 'controlCharacter' }],
  ],
  [
    'an endless front matter',
    `---\n${'a: b\n'.repeat(10_000)}---\n`,
    [{ line: 1, reason: 'unclosedFrontMatter' }],
  ],
  ['a body too long', `${FILE}${'x'.repeat(50_001)}`, [{ line: 12, reason: 'bodyTooLong' }]],
  [
    'a title too long',
    FILE.replace('Where is the invoice?', 'x'.repeat(201)),
    [{ line: 10, reason: 'titleTooLong' }],
  ],
  // A prototype key is just an unknown key.
  [
    'a prototype key',
    FILE.replace('status: draft', 'status: draft\n__proto__: x'),
    [{ line: 10, reason: 'unknownKey' }],
  ],
];

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

  it.each(BAD_FRONT_MATTER)('refuse bad front matter with the line to blame: %s', (_what, text, expected) => {
    expect(refusals(text)).toEqual(expected);
  });

  it.each(HOSTILE)('refuse hostile input: %s', (_what, text, expected) => {
    expect(refusals(text)).toEqual(expected);
  });
});
