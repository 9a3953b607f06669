import { describe, expect, it } from 'vitest';
import { openTestDesk, type TestDesk } from './case-support';

// The life both kinds of request share (electron/services/tracked-requests.ts), seen through each kind.
let t: TestDesk;

const common = {
  title: 'Sign-in fails for every user',
  severity: 'B',
  businessImpact: 'Nobody in sales can work.',
  contact: 'Li Lei 13800138000',
  summaryLanguage: 'en',
} as const;

const escalation = (caseId: string, id?: string) => ({
  ...common,
  ...(id ? { id } : {}),
  caseId,
  tried: 'Reset the password and cleared the credential cache.',
  reasons: [{ reason: 'tools' as const, evidence: 'We cannot read the tenant sign-in logs.' }],
  service: 'office365',
  issue: 'Every user is prompted for a password since Monday.',
  target: 'admin_center' as const,
});

const partnerRequest = (id?: string) => ({
  ...common,
  ...(id ? { id } : {}),
  category: 'technical' as const,
  description: 'Partner Center shows an error when we open the customer list.',
});

describe('a tracked request', () => {
  it('keeps the case an escalation draft belongs to: another case cannot continue it', () => {
    t = openTestDesk();
    const [first, second] = t.customerCases('First', 'Second');
    const draft = t.call('escalations.prepare', escalation(first.id));
    expect(t.fail('escalations.prepare', escalation(second.id, draft.id)).code).toBe('NOT_FOUND');
    t.tick();
    const rewritten = t.call('escalations.prepare', {
      ...escalation(first.id, draft.id),
      title: 'Sign-in fails for sales',
    });
    expect(rewritten).toMatchObject({ id: draft.id, caseId: first.id, title: 'Sign-in fails for sales' });
    expect(rewritten.updatedAt).toBeGreaterThan(draft.createdAt);
    expect(rewritten.createdAt).toBe(draft.createdAt);
  });

  it('cannot continue a draft that does not exist, of either kind', () => {
    t = openTestDesk();
    const c = t.newCase(t.customer().id);
    const unknown = '01900000-0000-7000-8000-00000000beef';
    expect(t.fail('escalations.prepare', escalation(c.id, unknown)).code).toBe('NOT_FOUND');
    expect(t.fail('partnerRequests.prepare', partnerRequest(unknown)).code).toBe('NOT_FOUND');
    expect(
      t.fail('partnerRequests.submit', {
        id: unknown,
        requestNumber: 'PC-1',
        vianetSeverity: 'B',
        vianetContact: 'Z',
      }).code,
    ).toBe('NOT_FOUND');
  });

  it('writes every field a kind owns when a draft is rewritten', () => {
    t = openTestDesk();
    const draft = t.call('partnerRequests.prepare', partnerRequest());
    const rewritten = t.call('partnerRequests.prepare', {
      ...partnerRequest(draft.id),
      category: 'billing',
      description: 'The invoice for January is missing.',
      contact: 'Han Meimei',
    });
    expect(rewritten).toMatchObject({
      id: draft.id,
      status: 'draft',
      category: 'billing',
      description: 'The invoice for January is missing.',
      contact: 'Han Meimei',
      agentId: draft.agentId,
    });
  });
});
