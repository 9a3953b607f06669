// Every change to what a case holds shows in the very next search: notes edited, fields edited, tags,
// customers renamed, contacts added, changed and removed.
import { describe, expect, it } from 'vitest';
import { openTestDesk, type TestDesk } from './case-support';

const ids = (t: TestDesk, query: string) => t.call('cases.search', { query }).items.map((h) => h.id);

describe('search after edits', () => {
  it('finds a note by its edited text, no longer by the text it replaced', () => {
    const t = openTestDesk();
    const c = t.newCase(t.customer().id);
    const note = t.call('cases.addNote', { caseId: c.id, body: '已请客户重启路由器' });
    expect(ids(t, '路由器')).toEqual([c.id]);
    t.call('cases.editNote', {
      caseId: c.id,
      noteId: note.id,
      from: '已请客户重启路由器',
      body: '已更换网卡驱动',
    });
    expect(ids(t, '路由器')).toEqual([]);
    expect(ids(t, '网卡')).toEqual([c.id]);
  });

  it('follows a title edit and tags added and removed', () => {
    const t = openTestDesk();
    const c = t.newCase(t.customer().id, 'Teams 会议掉线');
    t.call('cases.update', { caseId: c.id, changes: { title: 'Teams 通话无声' }, from: { title: c.title } });
    expect(ids(t, '掉线')).toEqual([]);
    expect(ids(t, '无声')).toEqual([c.id]);
    t.call('cases.addTag', { caseId: c.id, tag: 'VIP' });
    expect(ids(t, 'vip')).toEqual([c.id]);
    t.call('cases.removeTag', { caseId: c.id, tag: 'VIP' });
    expect(ids(t, 'vip')).toEqual([]);
  });

  it('follows a customer rename and its contacts', () => {
    const t = openTestDesk();
    const customer = t.customer('上海明远贸易有限公司');
    const [a, b] = [t.newCase(customer.id), t.newCase(customer.id, 'Power BI 报表无法刷新')];
    t.call('customers.update', { id: customer.id, name: 'Contoso 中国' });
    expect(ids(t, '明远').sort()).toEqual([]);
    expect(ids(t, 'contoso 报表')).toEqual([b.id]);
    const withContact = t.call('contacts.add', {
      customerId: customer.id,
      name: '刘强',
      phone: '010-5555 ext 12',
    });
    expect(ids(t, '刘强').sort()).toEqual([a.id, b.id].sort());
    expect(ids(t, 'ext 12').sort()).toEqual([a.id, b.id].sort());
    const contact = withContact.contacts[0]!;
    t.call('contacts.update', { id: contact.id, name: '刘强强' });
    expect(ids(t, 'ext 12')).toEqual([]);
    expect(ids(t, '强强').sort()).toEqual([a.id, b.id].sort());
    t.call('contacts.remove', { id: contact.id });
    expect(ids(t, '刘强')).toEqual([]);
  });
});
