import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  CASE_STATUSES,
  canTransition,
  isOpenStatus,
  isReopen,
  type CaseStatus,
} from '../../core/domain';

describe('status transitions', () => {
  it('lists only known statuses and never the status itself, for every status', () => {
    for (const from of CASE_STATUSES) {
      const targets = allowedTransitions(from);
      expect(targets.length).toBeGreaterThan(0);
      for (const to of targets) {
        expect(CASE_STATUSES).toContain(to);
        expect(to).not.toBe(from);
      }
      expect(new Set(targets).size).toBe(targets.length);
    }
  });

  it('canTransition agrees with allowedTransitions for every pair', () => {
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES) {
        expect(canTransition(from, to)).toBe(allowedTransitions(from).includes(to));
      }
      expect(canTransition(from, from)).toBe(false);
    }
  });

  /** What a move is to the desk: refused, allowed, or allowed and reopening the case. */
  const moveKind = (from: CaseStatus, to: CaseStatus) =>
    !canTransition(from, to) ? 'refused' : isReopen(from, to) ? 'a reopen' : 'allowed';

  it.each([
    ['new', 'in_progress', 'allowed'],
    ['new', 'resolved', 'allowed'],
    ['new', 'closed', 'refused'],
    ['in_progress', 'new', 'refused'],
    ['waiting_21v', 'in_progress', 'allowed'],
    ['waiting_customer', 'resolved', 'allowed'],
    ['resolved', 'closed', 'allowed'],
    ['resolved', 'in_progress', 'a reopen'],
    ['closed', 'in_progress', 'a reopen'],
    ['closed', 'resolved', 'refused'],
  ] as const)('follows the desk workflow: %s to %s is %s', (from, to, kind) => {
    expect(moveKind(from, to)).toBe(kind);
  });

  it('every status can be reached, and every open status can reach resolved', () => {
    const reachable = new Set<CaseStatus>(['new']);
    for (let changed = true; changed;) {
      changed = false;
      for (const from of [...reachable]) {
        for (const to of allowedTransitions(from)) {
          if (!reachable.has(to)) {
            reachable.add(to);
            changed = true;
          }
        }
      }
    }
    expect([...reachable].sort()).toEqual([...CASE_STATUSES].sort());
    for (const s of CASE_STATUSES.filter(isOpenStatus)) expect(canTransition(s, 'resolved')).toBe(true);
  });

  it('isReopen is true exactly when leaving resolved or closed for an open status', () => {
    for (const from of CASE_STATUSES) {
      for (const to of allowedTransitions(from)) {
        expect(isReopen(from, to)).toBe(!isOpenStatus(from) && isOpenStatus(to));
      }
    }
  });

  it('isOpenStatus', () => {
    expect(CASE_STATUSES.filter((s) => !isOpenStatus(s))).toEqual(['resolved', 'closed']);
  });
});
