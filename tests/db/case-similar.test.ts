import { describe, expect, it } from 'vitest';
import { similarity, titleGrams, SIMILAR_THRESHOLD } from '../../electron/services/similar-cases';
import { groupedCases } from '../helpers/grouped-cases';
import { openTestDesk, type TestDesk } from './case-support';

let t: TestDesk;

const score = (a: string, b: string) => similarity(titleGrams(a), titleGrams(b));

/** Pairs of titles by whether the desk should call them alike. */
const TITLE_PAIRS = {
  finds: [
    ['客户无法登录 Outlook', '无法登录 Outlook 客户端'],
    ['新员工账号无法激活', '新员工的账号无法激活'],
    ['VPN 环境下 OneDrive 同步失败', 'OneDrive 同步失败'],
    ['Outlook keeps prompting for password', 'Outlook prompts for password again'],
    ['ＯＵＴＬＯＯＫ 无法登录！', 'outlook无法登录'],
  ],
  'does not find': [
    ['客户无法登录 Outlook', '本月发票金额与订阅数量不符'],
    ['SharePoint 页面加载缓慢', 'SharePoint 站点权限继承问题'],
    ['Exchange 邮件流规则配置错误', 'Exchange Online 邮件延迟投递'],
    ['Outlook keeps prompting for password', 'Teams meeting audio drops'],
  ],
} as const;

describe('title similarity', () => {
  it.each(groupedCases(TITLE_PAIRS))('%s “%s” like “%s”', (verdict, a, b) => {
    const value = score(a, b);
    expect(value >= SIMILAR_THRESHOLD, `score ${value}`).toBe(verdict === 'finds');
  });

  it('is 1 for the same title and 0 for an empty one', () => {
    expect(score('客户无法登录 Outlook', '客户无法登录 Outlook')).toBe(1);
    expect(score('', 'Outlook')).toBe(0);
  });
});

describe('cases.similarOpen', () => {
  it('warns about the same customer’s open cases only, the most alike first', () => {
    t = openTestDesk();
    const mingyuan = t.customer('上海明远贸易有限公司');
    const huaxin = t.customer('北京华信科技股份有限公司');
    const open = t.newCase(mingyuan.id, '客户无法登录 Outlook');
    t.tick();
    const closer = t.newCase(mingyuan.id, '财务部无法登录 Outlook 桌面版');
    const unrelated = t.newCase(mingyuan.id, '本月发票金额与订阅数量不符');
    const otherCustomer = t.newCase(huaxin.id, '客户无法登录 Outlook');
    const resolved = t.newCase(mingyuan.id, '无法登录 Outlook');
    t.call('cases.changeStatus', { caseId: resolved.id, from: 'new', to: 'resolved' });

    const found = t.call('cases.similarOpen', {
      customerId: mingyuan.id,
      title: '无法登录Outlook',
    });
    expect(found.map((c) => c.id)).toEqual([open.id, closer.id]);
    expect(found[0]).toMatchObject({ number: open.number, title: open.title, status: 'new', severity: 'B' });
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
    const ids = found.map((c) => c.id);
    for (const id of [unrelated.id, otherCustomer.id, resolved.id]) expect(ids).not.toContain(id);

    // The case being edited is not its own duplicate; a title of one word says too little.
    expect(
      t
        .call('cases.similarOpen', {
          customerId: mingyuan.id,
          title: '客户无法登录 Outlook',
          excludeId: open.id,
        })
        .map((c) => c.id),
    ).toEqual([closer.id]);
    expect(t.call('cases.similarOpen', { customerId: mingyuan.id, title: '登录' })).toEqual([]);
    expect(t.call('cases.similarOpen', { customerId: mingyuan.id, title: '' })).toEqual([]);
  });

  it('finds English titles too', () => {
    t = openTestDesk();
    const contoso = t.customer('Contoso China Ltd.');
    const c = t.newCase(contoso.id, 'Outlook keeps prompting for password');
    t.newCase(contoso.id, 'Invoice shows duplicate Power BI Pro licences');
    const found = t.call('cases.similarOpen', {
      customerId: contoso.id,
      title: 'outlook prompting for a password',
    });
    expect(found.map((f) => f.id)).toEqual([c.id]);
  });
});
