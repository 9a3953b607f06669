export type Route =
  | { name: 'cases' }
  | { name: 'case'; id: string }
  | { name: 'customers' }
  | { name: 'customer'; id: string }
  | { name: 'settings' };

/** Routes live in the URL fragment so that a reload keeps the agent where they were. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'cases' && parts[1]) return { name: 'case', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'customers') {
    return parts[1] ? { name: 'customer', id: decodeURIComponent(parts[1]) } : { name: 'customers' };
  }
  if (parts[0] === 'settings') return { name: 'settings' };
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
    default:
      return '#/cases';
  }
}
