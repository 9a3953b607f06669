import { describe, expect, it } from 'vitest';
import { spreadOf } from '../../core/times-report';

describe('a spread of times by nearest rank', () => {
  it('takes the ⌈n/2⌉-th and ⌈0.9·n⌉-th shortest times', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(spreadOf(ten)).toEqual({ count: 10, medianMs: 5, p90Ms: 9, worstMs: 10 });
    expect(spreadOf([7])).toEqual({ count: 1, medianMs: 7, p90Ms: 7, worstMs: 7 });
    expect(spreadOf([1, 2, 3, 4])).toEqual({ count: 4, medianMs: 2, p90Ms: 4, worstMs: 4 });
  });

  it('has no figures without times', () => {
    expect(spreadOf([])).toEqual({ count: 0, medianMs: null, p90Ms: null, worstMs: null });
  });
});
