import { describe, expect, it } from 'vitest';
import { OUTLOOK_CASE } from '../helpers/arranged-inputs';
import { openTestDesk, storedEvents, type TestDesk } from './case-support';

let t: TestDesk;

describe('tags', () => {
  it('adds and removes free-text tags with events, suggests the desk’s tags, and keeps their spelling', () => {
    t = openTestDesk();
    const [a, b] = t.customerCases(OUTLOOK_CASE.title, 'second');

    expect(t.call('cases.addTag', { caseId: a.id, tag: '  Outlook   桌面版 ' }).tags).toEqual([
      'Outlook 桌面版',
    ]);
    t.call('cases.addTag', { caseId: a.id, tag: 'MFA' });
    t.call('cases.addTag', { caseId: b.id, tag: 'mfa' }); // the desk already spells it "MFA"
    expect(t.get(b.id).tags).toEqual(['MFA']);
    // Adding a tag twice changes nothing and records nothing.
    t.call('cases.addTag', { caseId: a.id, tag: 'MFA' });

    expect(t.call('tags.suggest', { query: '' })).toEqual([
      { tag: 'MFA', count: 2 },
      { tag: 'Outlook 桌面版', count: 1 },
    ]);
    expect(t.call('tags.suggest', { query: '桌面' })).toEqual([{ tag: 'Outlook 桌面版', count: 1 }]);
    // LIKE wildcards in the query are taken literally.
    expect(t.call('tags.suggest', { query: '%' })).toEqual([]);

    expect(t.call('cases.removeTag', { caseId: a.id, tag: 'MFA' }).tags).toEqual(['Outlook 桌面版']);
    t.call('cases.removeTag', { caseId: a.id, tag: 'MFA' }); // already gone: nothing recorded

    expect(storedEvents(t.desk, a.id).filter((e) => e.kind.startsWith('tag_'))).toEqual([
      expect.objectContaining({ kind: 'tag_added', payload: { tag: 'Outlook 桌面版' } }),
      expect.objectContaining({ kind: 'tag_added', payload: { tag: 'MFA' } }),
      expect.objectContaining({ kind: 'tag_removed', payload: { tag: 'MFA' } }),
    ]);
    // The list's tag filter uses the same table.
    const tagged = t.call('cases.list', { filters: { tag: 'MFA' } });
    expect(tagged.items.map((i) => i.id)).toEqual([b.id]);
    expect(t.fail('cases.addTag', { caseId: a.id, tag: '   ' }).issues).toEqual([
      { path: 'tag', message: 'validation.required' },
    ]);
  });
});

describe('linked cases', () => {
  it('shows a link from both sides, duplicate-of with its direction, with events on both timelines', () => {
    t = openTestDesk();
    const [original, dup, related] = t.customerCases(
      '客户无法登录 Outlook',
      '无法登录 Outlook',
      'Teams 无法登录',
    );

    t.tick();
    const fromDup = t.call('cases.link', {
      caseId: dup.id,
      otherId: original.id,
      kind: 'duplicate_of',
    });
    expect(fromDup.links).toEqual([
      expect.objectContaining({
        otherId: original.id,
        number: original.number,
        kind: 'duplicate_of',
        direction: 'out',
      }),
    ]);
    t.call('cases.link', { caseId: related.id, otherId: original.id, kind: 'related_to' });

    const seenFromOriginal = t.get(original.id).links;
    expect(seenFromOriginal.map((l) => [l.otherId, l.kind, l.direction])).toEqual([
      [dup.id, 'duplicate_of', 'in'],
      [related.id, 'related_to', 'in'],
    ]);
    expect(seenFromOriginal[0]).toMatchObject({ title: '无法登录 Outlook', status: 'new' });

    // Each pair is linked once, whichever way; a case never links to itself.
    expect(t.fail('cases.link', { caseId: original.id, otherId: dup.id, kind: 'related_to' }).issues).toEqual(
      [{ path: 'otherId', message: 'caseRules.alreadyLinked' }],
    );
    expect(t.fail('cases.link', { caseId: dup.id, otherId: dup.id, kind: 'related_to' }).issues).toEqual([
      { path: 'otherId', message: 'caseRules.selfLink' },
    ]);
    expect(
      t.fail('cases.link', {
        caseId: dup.id,
        otherId: '01900000-0000-7000-8000-000000000000',
        kind: 'related_to',
      }).issues,
    ).toEqual([{ path: 'otherId', message: 'caseRules.noSuchCase' }]);

    // Unlinked from the side that did not make the link.
    t.tick();
    expect(t.call('cases.unlink', { caseId: original.id, otherId: dup.id }).links).toHaveLength(1);
    expect(t.get(dup.id).links).toEqual([]);
    expect(t.fail('cases.unlink', { caseId: original.id, otherId: dup.id }).code).toBe('NOT_FOUND');

    const linkEvents = (id: string) =>
      storedEvents(t.desk, id)
        .filter((e) => e.kind.startsWith('link_'))
        .map((e) => [e.kind, e.payload.otherNumber, e.payload.kind, e.payload.direction]);
    expect(linkEvents(dup.id)).toEqual([
      ['link_added', original.number, 'duplicate_of', 'out'],
      ['link_removed', original.number, 'duplicate_of', 'out'],
    ]);
    expect(linkEvents(original.id)).toEqual([
      ['link_added', dup.number, 'duplicate_of', 'in'],
      ['link_added', related.number, 'related_to', 'in'],
      ['link_removed', dup.number, 'duplicate_of', 'in'],
    ]);
  });
});
