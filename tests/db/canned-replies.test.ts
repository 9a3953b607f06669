import { describe, expect, it } from 'vitest';
import { SUPPORT_AREAS } from '../../core/domain';
import { openTestDesk } from './case-support';

describe('canned replies', () => {
  it('start with one per support area in both languages, every placeholder known', () => {
    const t = openTestDesk();
    const replies = t.call('cannedReplies.list', {});
    expect(replies).toHaveLength(SUPPORT_AREAS.length);
    for (const r of replies) {
      expect(r.bodies['zh-CN']).not.toBe('');
      expect(r.bodies.en).not.toBe('');
      // Each starter would pass the same check as a reply the desk writes.
      expect(t.call('cannedReplies.save', { id: r.id, name: r.name, bodies: r.bodies }).bodies).toEqual(
        r.bodies,
      );
    }
  });

  it('are saved with who changed them, edited, counted when used and removed', () => {
    const t = openTestDesk();
    const created = t.call('cannedReplies.save', {
      name: '远程协助',
      bodies: { 'zh-CN': '{contact}您好，请在 {sla_due} 前安装远程协助工具。', en: '' },
    });
    expect(created.updatedBy?.id).toBe(t.desk.ctx.agentId);
    const edited = t.call('cannedReplies.save', {
      id: created.id,
      name: '远程协助（更新）',
      bodies: { ...created.bodies, en: 'Hello {contact}, please install the remote assistance tool.' },
    });
    expect(edited.name).toBe('远程协助（更新）');
    expect(edited.bodies.en).toMatch(/^Hello/);
    t.call('cannedReplies.used', { id: created.id });
    expect(t.call('cannedReplies.used', { id: created.id }).usageCount).toBe(2);
    // The most used come first in the picker.
    expect(t.call('cannedReplies.list', {})[0]!.id).toBe(created.id);
    const left = t.call('cannedReplies.remove', { id: created.id });
    expect(left.map((r) => r.id)).not.toContain(created.id);
    expect(t.fail('cannedReplies.remove', { id: created.id }).code).toBe('NOT_FOUND');
  });

  it('refuse an unknown placeholder, writing nothing', () => {
    const t = openTestDesk();
    const before = t.count('canned_replies');
    const refused = t.fail('cannedReplies.save', {
      name: '错误的占位符',
      bodies: { 'zh-CN': '{联系人}', en: 'Hello {contact_name}' },
    });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.issues).toEqual([{ path: 'bodies.en', message: 'validation.unknownPlaceholder' }]);
    expect(t.count('canned_replies')).toBe(before);
  });
});
