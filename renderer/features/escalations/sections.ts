import type { Route } from '../../app/routes';

/** The navigation sections of the hand-off to 21Vianet and its report (the app frame asks these first). */
export function handoffSection(route: Route): 'escalations' | 'reports' | null {
  if (route.name === 'escalations') return 'escalations';
  if (route.name === 'escalationReport') return 'reports';
  return null;
}

export function handoffSectionRoute(key: string): Route | null {
  if (key === 'escalations') return { name: 'escalations', tab: 'customer' };
  if (key === 'reports') return { name: 'escalationReport' };
  return null;
}
