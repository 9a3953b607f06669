export type Route =
  | { name: 'now' }
  | { name: 'cases' }
  | { name: 'case'; id: string }
  | { name: 'customers' }
  | { name: 'customer'; id: string }
  | { name: 'settings' }
  | { name: 'escalations'; tab: EscalationsTab }
  | { name: 'escalationReport' }
  | { name: 'duty'; tab: DutyTab }
  | { name: 'handover'; tab: HandoverTab }
  | { name: 'handoverView'; id: string };

/** The handover section's tabs (#/handover/<tab>); any other #/handover/<id> is one handover. */
export const HANDOVER_TABS = ['compose', 'incoming', 'history'] as const;
export type HandoverTab = (typeof HANDOVER_TABS)[number];

/** The duty section's tabs (#/duty/<tab>). */
export const DUTY_TABS = ['coverage', 'roster', 'agents', 'sessions'] as const;
export type DutyTab = (typeof DUTY_TABS)[number];

/** The 21Vianet section's tabs (#/escalations/<tab>): customer escalations, Partner Center requests, queue. */
export const ESCALATIONS_TABS = ['customer', 'partner', 'queue'] as const;
export type EscalationsTab = (typeof ESCALATIONS_TABS)[number];

/** Routes live in the URL fragment so that a reload keeps the agent where they were. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'cases' && parts[1]) return { name: 'case', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'customers') {
    return parts[1] ? { name: 'customer', id: decodeURIComponent(parts[1]) } : { name: 'customers' };
  }
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'escalations') {
    return { name: 'escalations', tab: ESCALATIONS_TABS.find((t) => t === parts[1]) ?? 'customer' };
  }
  if (parts[0] === 'reports' && parts[1] === 'escalations') return { name: 'escalationReport' };
  if (parts[0] === 'duty') {
    const tab = DUTY_TABS.find((t) => t === parts[1]) ?? 'coverage';
    return { name: 'duty', tab };
  }
  if (parts[0] === 'now') return { name: 'now' };
  if (parts[0] === 'handover') {
    const tab = HANDOVER_TABS.find((t) => t === (parts[1] ?? 'compose'));
    return tab ? { name: 'handover', tab } : { name: 'handoverView', id: decodeURIComponent(parts[1]!) };
  }
  return { name: 'cases' };
}

export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'case':
      return `#/cases/${encodeURIComponent(route.id)}`;
    case 'customers':
      return '#/customers';
    case 'customer':
      return `#/customers/${encodeURIComponent(route.id)}`;
    case 'settings':
      return '#/settings';
    case 'escalations':
      return route.tab === 'customer' ? '#/escalations' : `#/escalations/${route.tab}`;
    case 'escalationReport':
      return '#/reports/escalations';
    case 'duty':
      return route.tab === 'coverage' ? '#/duty' : `#/duty/${route.tab}`;
    case 'now':
      return '#/now';
    case 'handover':
      return route.tab === 'compose' ? '#/handover' : `#/handover/${route.tab}`;
    case 'handoverView':
      return `#/handover/${encodeURIComponent(route.id)}`;
    default:
      return '#/cases';
  }
}
