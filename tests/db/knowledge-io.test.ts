import { describe, expect, it } from 'vitest';
import { exportArticles } from '../../electron/services/knowledge-io';
import { openTestDesk, type TestDesk } from './case-support';
import { BILLING, OUTLOOK } from '../helpers/knowledge-articles';

const asFile = (name: string, text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return { name, base64: bytes.toString('base64'), size: bytes.length };
};

function exported(t: TestDesk) {
  return t.call('articles.export', {}).files.map((f) => asFile(f.name, f.text));
}

function deskWithTwo() {
  const t = openTestDesk();
  const outlook = t.call('articles.save', OUTLOOK);
  const billing = t.call('articles.save', BILLING);
  t.tick();
  return { t, outlook, billing };
}

const NEW_FILE = `---
language: en
kind: runbook
audience: internal
area: performance_availability
service: null
tags: []
status: draft
title: Night shift checks
---

Look at the queue.
`;

describe('knowledge import and export', () => {
  it('export one file per written language, and a file read back unchanged changes nothing', () => {
    const { t, outlook, billing } = deskWithTwo();
    const files = exported(t);
    expect(files.map((f) => f.name).sort()).toEqual(
      [`${outlook.id}.zh-CN.md`, `${outlook.id}.en.md`, `${billing.id}.zh-CN.md`].sort(),
    );
    const preview = t.call('articles.importPreview', { files });
    expect(preview.unchanged.map((u) => u.id).sort()).toEqual([outlook.id, billing.id].sort());
    expect([preview.added, preview.updated, preview.refused]).toEqual([[], [], []]);
    expect(t.call('articles.import', { files, basis: preview.basis })).toEqual({
      added: 0,
      updated: 0,
      unchanged: 2,
      refused: 0,
    });
    expect(t.count('article_revisions')).toBe(2);
  });

  it('merge by id: an edit is a new revision by the importer, a new file a new article, a bad one refused', () => {
    const { t, outlook } = deskWithTwo();
    const files = exported(t).map((f) => {
      if (f.name !== `${outlook.id}.en.md`) return f;
      const text = Buffer.from(f.base64, 'base64').toString('utf8');
      return asFile(f.name, text.replace('1. Open **Settings**', '1. Open **Settings**\n2. Reset it'));
    });
    const bad = asFile('bad.md', NEW_FILE.replace('kind: runbook', 'kind: poem'));
    const all = [...files, asFile('night.md', NEW_FILE), bad];
    const before = t.count('article_revisions');
    const preview = t.call('articles.importPreview', { files: all });
    expect(preview.updated).toEqual([
      expect.objectContaining({
        id: outlook.id,
        revision: 1,
        changes: ['body_en'],
        languages: ['zh-CN', 'en'],
      }),
    ]);
    expect(preview.added).toEqual([expect.objectContaining({ id: null, title: 'Night shift checks' })]);
    expect(preview.unchanged).toHaveLength(1);
    expect(preview.refused).toEqual([{ file: 'bad.md', line: 3, reason: 'unknownKind', detail: 'poem' }]);
    // A preview writes nothing.
    expect(t.count('article_revisions')).toBe(before);

    t.tick();
    const outcome = t.call('articles.import', { files: all, basis: preview.basis });
    expect(outcome).toEqual({ added: 1, updated: 1, unchanged: 1, refused: 1 });
    const edited = t.call('articles.get', { id: outlook.id });
    expect(edited.revision).toBe(2);
    expect(edited.versions.en.body).toBe('1. Open **Settings**\n2. Reset it');
    const [latest] = t.call('articles.history', { id: outlook.id });
    expect(latest).toMatchObject({
      number: 2,
      at: t.tick(0),
      by: { id: t.desk.ctx.agentId },
      changes: ['body_en'],
    });
    const list = t.call('articles.list', { text: '' });
    expect(list.total).toBe(3);
    expect(list.items.find((a) => a.versions.en.title === 'Night shift checks')).toMatchObject({
      kind: 'runbook',
      status: 'draft',
      versions: { 'zh-CN': { title: '' } },
    });
  });

  it('keep an unknown id for a new article, and refuse what the two versions or the catalogue disagree on', () => {
    const t = openTestDesk();
    const id = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    const zh = NEW_FILE.replace('language: en', `id: ${id}\nlanguage: zh-CN`).replace(
      'Night shift checks',
      '夜班检查',
    );
    const en = NEW_FILE.replace('language: en', `id: ${id}\nlanguage: en`);
    const preview = t.call('articles.importPreview', { files: [asFile('zh.md', zh), asFile('en.md', en)] });
    expect(preview.added).toEqual([expect.objectContaining({ id, languages: ['zh-CN', 'en'] })]);
    expect(preview.basis).toEqual({ [id]: 0 });
    t.call('articles.import', { files: [asFile('zh.md', zh), asFile('en.md', en)], basis: preview.basis });
    expect(t.call('articles.get', { id }).versions['zh-CN'].title).toBe('夜班检查');

    const other = en.replace('kind: runbook', 'kind: faq').replace('service: null', 'service: nosuch');
    const refused = t.call('articles.importPreview', {
      files: [asFile('zh.md', zh), asFile('en.md', other)],
    });
    expect(refused.refused).toEqual([
      { file: 'en.md', line: 4, reason: 'disagrees', detail: 'zh.md' },
      { file: 'en.md', line: 7, reason: 'disagrees', detail: 'zh.md' },
      { file: 'en.md', line: 7, reason: 'unknownService', detail: 'nosuch' },
    ]);
    expect(refused.unchanged).toEqual([]);
    const twice = t.call('articles.importPreview', { files: [asFile('a.md', en), asFile('b.md', en)] });
    expect(twice.refused).toEqual([{ file: 'b.md', line: 3, reason: 'duplicateFile', detail: 'a.md' }]);
  });

  it('refuse a status no article may move to, files too large or not UTF-8, and an import over a newer revision', () => {
    const { t, outlook } = deskWithTwo();
    const [zh] = exported(t).filter((f) => f.name === `${outlook.id}.zh-CN.md`);
    const text = Buffer.from(zh!.base64, 'base64').toString('utf8');
    const retired = asFile(zh!.name, text.replace('status: draft', 'status: retired'));
    const binary = { name: 'x.md', base64: Buffer.from([0xff, 0xfe, 0x00]).toString('base64'), size: 3 };
    const huge = { name: 'huge.md', size: 9_000_000 };
    const preview = t.call('articles.importPreview', { files: [retired, binary, huge] });
    expect(preview.refused).toEqual([
      { file: 'x.md', line: null, reason: 'notText' },
      { file: 'huge.md', line: null, reason: 'tooLarge' },
      { file: zh!.name, line: 9, reason: 'statusChange', detail: 'draft → retired' },
    ]);

    const edit = asFile(zh!.name, text.replace('重置密码', '重置密码。'));
    const plan = t.call('articles.importPreview', { files: [edit] });
    expect(plan.basis).toEqual({ [outlook.id]: 1 });
    // Someone saves the article between the preview and the confirmation: nothing is written.
    t.call('articles.save', { ...OUTLOOK, id: outlook.id, tags: ['Outlook', 'MFA'] });
    const revisions = t.count('article_revisions');
    expect(t.fail('articles.import', { files: [edit], basis: plan.basis }).code).toBe('CONFLICT');
    expect(t.count('article_revisions')).toBe(revisions);
    expect(t.call('articles.get', { id: outlook.id }).versions['zh-CN'].body).toBe(
      OUTLOOK.versions['zh-CN'].body,
    );
  });

  it('hand the files to the desktop app where it writes a folder, and to the page elsewhere', () => {
    const { t, outlook } = deskWithTwo();
    const asked: { suggestedFolder: string; names: string[] }[] = [];
    const desktop = {
      ...t.desk.ctx,
      platform: {
        saveFiles: (r: { suggestedFolder: string; files: { name: string }[] }) => {
          asked.push({ suggestedFolder: r.suggestedFolder, names: r.files.map((f) => f.name) });
          return Promise.resolve(null);
        },
      },
    };
    expect(exportArticles(desktop)).toEqual({ files: [], savedByApp: true });
    expect(asked).toEqual([
      { suggestedFolder: 'shiftdesk-knowledge', names: expect.arrayContaining([`${outlook.id}.en.md`]) },
    ]);
    expect(asked[0]!.names).toHaveLength(3);
    expect(exportArticles(t.desk.ctx).savedByApp).toBe(false);
  });
});
