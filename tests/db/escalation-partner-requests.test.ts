import { describe, expect, it } from 'vitest';
import { vianetAnswer } from '../helpers/arranged-inputs';
import type { PartnerRequestPrepareInput } from '../../core/partner-requests';
import { openTestDesk, type TestDesk } from './case-support';

let t: TestDesk;

const input = (extra: Partial<PartnerRequestPrepareInput> = {}): PartnerRequestPrepareInput => ({
  category: 'customer_subscription',
  title: 'Cannot add Azure subscription for a new customer',
  description: 'Partner Center returns error 800002 when we add an Azure plan to Contoso China.',
  severity: 'B',
  businessImpact: 'The customer cannot start its migration this week.',
  contact: 'Li Na, +86 21 5555 0100, lina@reseller.cn',
  summaryLanguage: 'en',
  ...extra,
});

describe('Partner Center requests', () => {
  it('are prepared, submitted and updated with their own append-only history', () => {
    t = openTestDesk();
    const draft = t.call('partnerRequests.prepare', input());
    expect(draft).toMatchObject({ status: 'draft', category: 'customer_subscription', events: [] });
    t.tick();
    const edited = t.call('partnerRequests.prepare', input({ id: draft.id, severity: 'A' }));
    expect(edited).toMatchObject({ id: draft.id, severity: 'A' });

    t.tick();
    const submitted = t.call('partnerRequests.submit', {
      id: draft.id,
      requestNumber: 'PC-2601-0042',
      vianetSeverity: 'B',
      vianetContact: 'Zhang, 21Vianet partner support',
    });
    expect(submitted).toMatchObject({
      status: 'submitted',
      requestNumber: 'PC-2601-0042',
      vianetSeverity: 'B',
    });
    t.tick();
    t.call('partnerRequests.update', {
      id: draft.id,
      from: 'submitted',
      to: 'contacted',
      note: 'Called back',
    });
    t.tick();
    const closed = t.call('partnerRequests.update', {
      id: draft.id,
      from: 'contacted',
      to: 'closed',
    });
    expect(closed.endedAt).toBe(closed.updatedAt);
    expect(
      closed.events.map((e) => [e.kind, e.kind === 'updated' ? e.payload.to : e.payload.requestNumber]),
    ).toEqual([
      ['submitted', 'PC-2601-0042'],
      ['updated', 'contacted'],
      ['updated', 'closed'],
    ]);
    expect(closed.events[1]).toMatchObject({ payload: { from: 'submitted', note: 'Called back' } });
    expect(t.fail('partnerRequests.update', { id: draft.id, from: 'contacted', to: 'closed' }).code).toBe(
      'CONFLICT',
    );
    expect(t.fail('partnerRequests.prepare', input({ id: draft.id })).code).toBe('CONFLICT');
    expect(t.fail('partnerRequests.discard', { id: draft.id }).code).toBe('CONFLICT');
  });

  it('share 21Vianet’s request numbers with escalations: one number is recorded once', () => {
    t = openTestDesk();
    const c = t.newCase(t.customer().id);
    const e = t.call('escalations.prepare', {
      caseId: c.id,
      tried: 'Reset the password.',
      reasons: [{ reason: 'documentation', evidence: 'No article covers this error code at all.' }],
      service: 'office365',
      severity: 'C',
      title: 'Error 800002',
      issue: 'Error 800002 in the admin center.',
      businessImpact: 'One user blocked.',
      contact: 'Wang',
      target: 'partner_center',
      summaryLanguage: 'en',
    });
    t.call('escalations.submit', vianetAnswer(e.id, 'SR-77'));
    const p = t.call('partnerRequests.prepare', input());
    expect(t.fail('partnerRequests.submit', vianetAnswer(p.id, 'SR-77')).issues).toEqual([
      { path: 'requestNumber', message: 'validation.requestNumberTaken' },
    ]);
  });

  it('list open ones by default and every one on request; drafts can be discarded', () => {
    t = openTestDesk();
    const a = t.call('partnerRequests.prepare', input({ category: 'billing' }));
    const b = t.call('partnerRequests.prepare', input({ category: 'technical' }));
    t.call('partnerRequests.submit', vianetAnswer(a.id, 'PC-1'));
    t.call('partnerRequests.update', { id: a.id, from: 'submitted', to: 'withdrawn', note: 'Solved by us' });
    expect(t.call('partnerRequests.list', {}).map((r) => r.id)).toEqual([b.id]);
    expect(t.call('partnerRequests.list', { filter: 'all' })).toHaveLength(2);
    expect(t.call('partnerRequests.discard', { id: b.id })).toEqual({ discarded: true });
    expect(t.fail('partnerRequests.get', { id: b.id }).code).toBe('NOT_FOUND');
    expect(t.fail('partnerRequests.prepare', input({ category: 'marketing' as never })).issues).toEqual([
      { path: 'category', message: 'validation.choose' },
    ]);
  });
});
