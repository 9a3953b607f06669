import { describe, expect, it } from 'vitest';
import type { HandoverStatus } from '../../core/handover';
import { composeHandover } from '../../core/handover-compose';
import { acknowledgeRefusal, confirmRefusal, itemsToConfirm } from '../../core/handover-rules';
import { CASES, clocksOf, LEAD, ME, NOW } from './handover-fixture';

const document = composeHandover({ cases: CASES, clocks: clocksOf(), previous: null, now: NOW });
const handover = (status: HandoverStatus = 'pending') => ({ fromAgentId: ME.id, status, document });
const A_ITEMS = ['c-outage', 'c-mail-a', 'c-vpn'];

describe('reading a handover back', () => {
  it('asks the incoming agent to confirm exactly the severity-A items, most urgent first', () => {
    expect(itemsToConfirm(document)).toEqual(A_ITEMS);
    expect(itemsToConfirm({ items: document.items.filter((i) => i.severity !== 'A') })).toEqual([]);
  });

  it('lets another agent confirm a pending A item once', () => {
    expect(confirmRefusal(handover(), new Set(), LEAD.id, 'c-vpn')).toBeNull();
    expect(confirmRefusal(handover(), new Set(['c-vpn']), LEAD.id, 'c-vpn')).toBe('alreadyConfirmed');
  });

  it('refuses a confirmation by the outgoing agent, of a non-A item, or once no longer pending', () => {
    expect(confirmRefusal(handover(), new Set(), ME.id, 'c-vpn')).toBe('ownHandover');
    expect(confirmRefusal(handover(), new Set(), LEAD.id, 'c-teams')).toBe('notConfirmable');
    expect(confirmRefusal(handover(), new Set(), LEAD.id, 'c-unknown')).toBe('notConfirmable');
    expect(confirmRefusal(handover('acknowledged'), new Set(), LEAD.id, 'c-vpn')).toBe('notPending');
    expect(confirmRefusal(handover('superseded'), new Set(), LEAD.id, 'c-vpn')).toBe('notPending');
  });

  it('acknowledges only when every A item is confirmed', () => {
    expect(acknowledgeRefusal(handover(), new Set(A_ITEMS.slice(0, 2)), LEAD.id)).toBe('unconfirmedItems');
    expect(acknowledgeRefusal(handover(), new Set(A_ITEMS), LEAD.id)).toBeNull();
    const noA = { ...handover(), document: { items: document.items.filter((i) => i.severity !== 'A') } };
    expect(acknowledgeRefusal(noA, new Set(), LEAD.id)).toBeNull();
  });

  it('never lets the outgoing agent acknowledge their own handover, nor anyone acknowledge twice', () => {
    expect(acknowledgeRefusal(handover(), new Set(A_ITEMS), ME.id)).toBe('ownHandover');
    expect(acknowledgeRefusal(handover('acknowledged'), new Set(A_ITEMS), LEAD.id)).toBe('notPending');
    expect(acknowledgeRefusal(handover('superseded'), new Set(A_ITEMS), LEAD.id)).toBe('notPending');
  });
});
