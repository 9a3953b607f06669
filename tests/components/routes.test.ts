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
  ])('round-trips %j', (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
    expect(parseRoute(hash)).toEqual(route);
  });

  it('falls back to the case list for anything unknown, including the token fragment', () => {
    expect(parseRoute('')).toEqual({ name: 'cases' });
    expect(parseRoute('#token=abc')).toEqual({ name: 'cases' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'cases' });
  });
});
