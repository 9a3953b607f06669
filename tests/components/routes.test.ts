import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../renderer/app/routes';

describe('routes in the URL fragment', () => {
  it.each<[Route, string]>([
    [{ name: 'cases' }, '#/cases'],
    [
      { name: 'case', id: '01934f3e-7b2a-7c00-8000-000000000001' },
      '#/cases/01934f3e-7b2a-7c00-8000-000000000001',
    ],
    [{ name: 'settings' }, '#/settings'],
    [{ name: 'now' }, '#/now'],
    [{ name: 'escalationReport' }, '#/reports/escalations'],
    [{ name: 'customer', id: 'a b' }, '#/customers/a%20b'],
    [{ name: 'duty', tab: 'coverage' }, '#/duty'],
    [{ name: 'duty', tab: 'sessions' }, '#/duty/sessions'],
    [{ name: 'escalations', tab: 'queue' }, '#/escalations/queue'],
  ])('round-trips %j', (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
    expect(parseRoute(hash)).toEqual(route);
  });

  it('falls back to the case list for anything unknown, including the token fragment', () => {
    expect(parseRoute('')).toEqual({ name: 'cases' });
    expect(parseRoute('#token=abc')).toEqual({ name: 'cases' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'cases' });
  });

  it('opens a tabbed page on its first tab when the tab is unknown', () => {
    expect(parseRoute('#/duty/nowhere')).toEqual({ name: 'duty', tab: 'coverage' });
  });
});
