import type { Page, Route } from '../lib/navigation';
import { FEATURES } from './features';

export type { Route } from '../lib/navigation';

const PAGES: readonly Page[] = FEATURES.flatMap((feature) => feature.pages ?? []);

/** Where an unknown fragment (the token hand-over included) leads: the case list. */
const HOME: Route = { name: 'cases' };

/** The page that shows a route. */
export function pageOf(route: Route): Page {
  return PAGES.find((page) => page.name === route.name) ?? pageOf(HOME);
}

/** Routes live in the URL fragment so that a reload keeps the agent where they were. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  for (const page of PAGES) {
    const route = page.parse(parts);
    if (route) return route;
  }
  return HOME;
}

export function formatRoute(route: Route): string {
  return pageOf(route).format(route);
}
