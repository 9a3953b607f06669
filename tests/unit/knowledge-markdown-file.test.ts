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
type Row = [what: string, text: string, refusals: Refusal[]];

/** The hand-written file with one piece of it replaced, refused for one reason at one line. */
const edited = (
  what: string,
  from: string | RegExp,
  to: string,
  line: number | null,
  reason: string,
): Row => [what, FILE.replace(from, to), [{ line, reason }]];

/** Files with bad front matter, each with what it is refused for and the line to blame. */
const BAD_FRONT_MATTER: Row[] = [
  ['no front matter', '# no front matter', [{ line: 1, reason: 'noFrontMatter' }]],
  ['one never closed', '---\ntitle: x\n', [{ line: 1, reason: 'unclosedFrontMatter' }]],
  edited('an unknown kind', 'kind: faq', 'kind: essay', 4, 'unknownKind'),
  edited('an unknown area', 'area: accounts_billing', 'area: sales', 6, 'unknownArea'),
  edited('an empty title', 'title: Where is the invoice?', 'title: ""', 10, 'missingTitle'),
  edited('no title', /^title: .*\n/m, '', null, 'missingTitle'),
  [
    'an unknown key and a repeated one',
    FILE.replace('status: draft', 'status: draft\nowner: me\nstatus: draft'),
    [
      { line: 10, reason: 'unknownKey' },
      { line: 11, reason: 'duplicateKey' },
    ],
  ],
  edited('an unknown language', 'language: en', 'language: fr', 3, 'badLanguage'),
  edited('an id that is a path', /^id: .*$/m, 'id: ../../etc/passwd', 2, 'badId'),
  edited('a service that is a path', 'service: null', 'service: ../x', 7, 'badService'),
  edited('tags that are no list', 'tags: [billing, invoice]', 'tags: {a: 1}', 8, 'badTags'),
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
const HOSTILE: Row[] = [
  edited('a NUL in the body', 'Billing.', 'Bill\u0000ing.', 13, 'controlCharacter'),
  edited('an escape sequence', 'invoice?', 'invoice\u001b[31m?', 10, 'controlCharacter'),
  edited('a lone surrogate', 'invoice?', 'invoice\ud800?', 10, 'controlCharacter'),
  [
    'an endless front matter',
    `---\n${'a: b\n'.repeat(10_000)}---\n`,
    [{ line: 1, reason: 'unclosedFrontMatter' }],
  ],
  ['a body too long', `${FILE}${'x'.repeat(50_001)}`, [{ line: 12, reason: 'bodyTooLong' }]],
  edited('a title too long', 'Where is the invoice?', 'x'.repeat(201), 10, 'titleTooLong'),
  // A prototype key is just an unknown key.
  edited('a prototype key', 'status: draft', 'status: draft\n__proto__: x', 10, 'unknownKey'),
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
