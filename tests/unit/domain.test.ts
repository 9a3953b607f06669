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

  it('follows the desk workflow', () => {
    expect(canTransition('new', 'in_progress')).toBe(true);
    expect(canTransition('new', 'resolved')).toBe(true);
    expect(canTransition('new', 'closed')).toBe(false);
    expect(canTransition('in_progress', 'new')).toBe(false);
    expect(canTransition('waiting_21v', 'in_progress')).toBe(true);
    expect(canTransition('resolved', 'closed')).toBe(true);
    expect(canTransition('resolved', 'in_progress')).toBe(true);
    expect(canTransition('closed', 'in_progress')).toBe(true);
    expect(canTransition('closed', 'resolved')).toBe(false);
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
    expect(isReopen('resolved', 'in_progress')).toBe(true);
    expect(isReopen('closed', 'in_progress')).toBe(true);
    expect(isReopen('resolved', 'closed')).toBe(false);
    expect(isReopen('new', 'in_progress')).toBe(false);
    expect(isReopen('waiting_customer', 'resolved')).toBe(false);
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
