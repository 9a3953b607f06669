import { describe, expect, it } from 'vitest';
import { DAY_MS, type ArticleSaveInput } from '../../core/knowledge';
import { fillDemoKnowledge } from '../../electron/services/demo-knowledge';
import { OUTLOOK as HOWTO } from '../helpers/knowledge-articles';
import { openTestDesk, storedEvents, type TestDesk } from './case-support';

/** The shared how-to with a second English step and a second tag, for edits to take away. */
const OUTLOOK: ArticleSaveInput = {
  ...HOWTO,
  versions: {
    ...HOWTO.versions,
    en: { ...HOWTO.versions.en, body: '1. Open **Settings**\n2. Reset the password' },
  },
  tags: ['Outlook', '密码'],
};

function published(t: TestDesk, input: ArticleSaveInput = OUTLOOK) {
  const draft = t.call('articles.save', input);
  t.tick();
  return t.call('articles.setStatus', { id: draft.id, status: 'published' });
}

describe('knowledge articles', () => {
  it('keep every save as a revision naming who changed what', () => {
    const t = openTestDesk();
    const draft = t.call('articles.save', OUTLOOK);
    expect(draft).toMatchObject({ status: 'draft', revision: 1, reviewedAt: null, solvedCount: 0 });
    expect(draft.updatedBy?.id).toBe(t.desk.ctx.agentId);
    t.tick();
    const edited = t.call('articles.save', {
      ...OUTLOOK,
      id: draft.id,
      versions: { ...OUTLOOK.versions, en: { ...OUTLOOK.versions.en, body: '1. Open Settings' } },
      tags: ['Outlook'],
    });
    expect(edited.revision).toBe(2);
    // A save that changes nothing is no revision.
    expect(
      t.call('articles.save', { ...OUTLOOK, id: draft.id, versions: edited.versions, tags: ['Outlook'] })
        .revision,
    ).toBe(2);
    t.tick();
    t.call('articles.setStatus', { id: draft.id, status: 'published' });
    const history = t.call('articles.history', { id: draft.id });
    expect(history.map((r) => r.number)).toEqual([3, 2, 1]);
    expect(history[0]!.changes).toEqual(['status', 'reviewed']);
    expect(history[1]!.changes).toEqual(['body_en', 'tags']);
    expect(history[1]!.content.versions.en.body).toBe('1. Open Settings');
    expect(history[2]!.content.versions.en.body).toBe(OUTLOOK.versions.en.body);
    expect(history[2]!.changes).toContain('title_zh');
    expect(history.every((r) => r.by.id === t.desk.ctx.agentId)).toBe(true);
    expect(t.count('article_revisions')).toBe(3);
  });

  it('refuse a save over a newer revision than the editor started from, keeping the newer one', () => {
    const t = openTestDesk();
    const draft = t.call('articles.save', OUTLOOK);
    t.call('articles.save', { ...OUTLOOK, id: draft.id, revision: 1, tags: ['Outlook'] });
    const stale = t.fail('articles.save', { ...OUTLOOK, id: draft.id, revision: 1, tags: ['密码'] });
    expect(stale.code).toBe('CONFLICT');
    expect(t.call('articles.get', { id: draft.id })).toMatchObject({ revision: 2, tags: ['Outlook'] });
  });

  it('go draft → published → retired → published, and refuse any other step', () => {
    const t = openTestDesk();
    const draft = t.call('articles.save', OUTLOOK);
    expect(t.fail('articles.setStatus', { id: draft.id, status: 'retired' }).code).toBe('CONFLICT');
    const live = t.call('articles.setStatus', { id: draft.id, status: 'published' });
    expect(live.reviewedAt).toBe(live.updatedAt);
    expect(t.call('articles.setStatus', { id: draft.id, status: 'retired' }).status).toBe('retired');
    expect(t.call('articles.setStatus', { id: draft.id, status: 'published' }).status).toBe('published');
  });

  it('refuse an article with neither language, or a body without its title, writing nothing', () => {
    const t = openTestDesk();
    const empty = { title: '', body: '' };
    const none = t.fail('articles.save', { ...OUTLOOK, versions: { 'zh-CN': empty, en: empty } });
    expect(none.code).toBe('VALIDATION');
    expect(none.issues).toEqual([{ path: 'versions.zh-CN.title', message: 'validation.required' }]);
    const untitled = t.fail('articles.save', {
      ...OUTLOOK,
      versions: { 'zh-CN': OUTLOOK.versions['zh-CN'], en: { title: '', body: 'text' } },
    });
    expect(untitled.issues).toEqual([{ path: 'versions.en.title', message: 'validation.required' }]);
    expect(t.fail('articles.save', { ...OUTLOOK, service: 'nope' }).issues?.[0]?.path).toBe('service');
    // One language alone is an article.
    expect(
      t.call('articles.save', { ...OUTLOOK, versions: { 'zh-CN': OUTLOOK.versions['zh-CN'], en: empty } })
        .revision,
    ).toBe(1);
    expect(t.count('articles')).toBe(1);
  });

  it('fall due for review once their interval has passed, until reviewed again', () => {
    const t = openTestDesk();
    const a = published(t);
    const due = () => t.call('articles.list', { reviewDue: true }).items.map((i) => i.id);
    expect(due()).toEqual([]);
    t.tick(30 * DAY_MS);
    expect(due()).toEqual([a.id]);
    expect(t.call('articles.list', {}).items[0]!.reviewDue).toBe(true);
    t.call('articles.reviewed', { id: a.id });
    expect(due()).toEqual([]);
    expect(t.call('articles.history', { id: a.id })[0]!.changes).toEqual(['reviewed']);
  });

  it('filter the list by kind, area, service and status', () => {
    const t = openTestDesk();
    const a = published(t);
    const faq = t.call('articles.save', {
      ...OUTLOOK,
      kind: 'faq',
      service: 'azure',
      supportArea: 'accounts_billing',
    });
    const ids = (q: object) => t.call('articles.list', q).items.map((i) => i.id);
    expect(ids({ kinds: ['faq'] })).toEqual([faq.id]);
    expect(ids({ services: ['office365'] })).toEqual([a.id]);
    expect(ids({ supportAreas: ['accounts_billing'] })).toEqual([faq.id]);
    expect(ids({ statuses: ['draft'] })).toEqual([faq.id]);
    expect(t.call('articles.list', {}).total).toBe(2);
    expect(ids({ text: 'area:software_config' })).toEqual([a.id]);
  });

  it('solve cases: linked once, counted, on the timeline; only when published', () => {
    const t = openTestDesk();
    const a = published(t);
    const c = t.newCase(t.customer().id, 'Outlook 密码过期');
    expect(t.call('articles.solved', { id: a.id, caseId: c.id }).solvedCount).toBe(1);
    expect(t.call('articles.solved', { id: a.id, caseId: c.id }).solvedCount).toBe(1);
    const events = storedEvents(t.desk, c.id).filter((e) => e.kind === 'article_solved');
    expect(events).toEqual([
      expect.objectContaining({ payload: { articleId: a.id, title: 'Outlook 提示密码过期' } }),
    ]);
    const draft = t.call('articles.save', OUTLOOK);
    expect(t.fail('articles.solved', { id: draft.id, caseId: c.id }).code).toBe('CONFLICT');
    expect(t.call('articles.suggest', { text: 'Outlook', caseId: c.id })[0]).toMatchObject({
      id: a.id,
      solvedHere: true,
    });
  });

  it('record which article a reply sent, in which language, to whom', () => {
    const t = openTestDesk();
    const a = published(t);
    const c = t.newCase(t.customer().id);
    const article = { id: a.id, title: a.versions.en.title, language: 'en' as const, to: 'Li Na' };
    const reply = t.call('cases.addReply', { caseId: c.id, body: a.versions.en.body, article });
    expect(reply.payload.article).toEqual(article);
    expect(storedEvents(t.desk, c.id).at(-1)!.payload).toEqual({ body: a.versions.en.body, article });
  });
});

describe('article suggestions', () => {
  it('rank published articles by text match, then by cases solved', () => {
    const t = openTestDesk();
    const customer = t.customer();
    const exact = published(t);
    const other = published(t, {
      ...OUTLOOK,
      versions: {
        'zh-CN': { title: 'Teams 会议没有声音', body: '检查 Outlook 日历里的会议链接' },
        en: { title: '', body: '' },
      },
    });
    const draft = t.call('articles.save', OUTLOOK);
    const ids = (text: string) => t.call('articles.suggest', { text }).map((s) => s.id);
    expect(ids('Outlook 提示密码过期，无法登录')).toEqual([exact.id, other.id]);
    expect(ids('Outlook 提示密码过期')).not.toContain(draft.id);
    expect(ids('会议没有声音')).toEqual([other.id]);
    expect(ids('')).toEqual([]);
    // Two articles matching alike: the one that solved more cases first.
    const twinInput = {
      ...OUTLOOK,
      versions: { ...OUTLOOK.versions, 'zh-CN': { ...OUTLOOK.versions['zh-CN'] } },
    };
    const twin = published(t, twinInput);
    for (const title of ['a', 'b']) {
      t.call('articles.solved', { id: twin.id, caseId: t.newCase(customer.id, title).id });
    }
    expect(ids('password expired').slice(0, 2)).toEqual([twin.id, exact.id]);
    const best = t.call('articles.suggest', { text: 'password expired' })[0]!;
    expect(best.snippet).toContain('\uE000password\uE001');
  });

  it("show the text around the match in the reader's language first", () => {
    const t = openTestDesk();
    published(t);
    const snippet = (language: 'zh-CN' | 'en') =>
      t.call('articles.suggest', { text: '设置 Settings', language })[0]!.snippet;
    expect(snippet('zh-CN')).toMatch(/^1\. 打开 \*\*\uE000设置\uE001/);
    expect(snippet('en')).toMatch(/^1\. Open \*\*\uE000settings\uE001/i);
  });

  it('return at most the limit asked', () => {
    const t = openTestDesk();
    for (let i = 0; i < 8; i++) published(t);
    expect(t.call('articles.suggest', { text: 'Outlook' })).toHaveLength(5);
    expect(t.call('articles.suggest', { text: 'Outlook', limit: 3 })).toHaveLength(3);
  });
});

describe('the demo knowledge base', () => {
  it('publishes its articles, each found for the case it is written for', () => {
    const t = openTestDesk();
    const n = fillDemoKnowledge(t.desk.ctx);
    expect(t.call('articles.list', { statuses: ['published'] }).total).toBe(n);
    const first = (text: string) => t.call('articles.suggest', { text })[0]?.versions.en.title;
    expect(first('客户 Outlook 一直提示密码过期')).toMatch(/^Outlook says the password expired/);
    expect(first('Teams 开会听不到声音')).toMatch(/^No sound in Teams/);
    expect(first('invoice does not match licences')).toMatch(/^Why the invoice/);
  });
});
