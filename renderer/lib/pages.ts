import type { ReactNode } from 'react';
import type { Page, RouteName, RouteParams } from './navigation';

/** The routes of each shape, so that each kind of page is declared only for a route it fits. */
type NamesWhere<Shape> = { [N in RouteName]: RouteParams[N] extends Shape ? N : never }[RouteName];
type PlainName = { [N in RouteName]: keyof RouteParams[N] extends never ? N : never }[RouteName];

/** The menu entry a page lights: the first part of its address. */
const sectionOf = (path: string) => path.split('/')[0]!;

/** A page with no parameters, at exactly `#/<path>` (which may have several parts). */
export function plainPage(
  name: PlainName,
  path: string,
  render: () => ReactNode,
  options: { fillsFrame?: boolean } = {},
): Page {
  return {
    name,
    parse: (parts) => (parts.join('/') === path ? ({ name } as never) : null),
    format: () => `#/${path}`,
    render,
    section: sectionOf(path),
    ...options,
  };
}

/** One record's page, at `#/<path>/<id>`. */
export function recordPage(
  name: NamesWhere<{ id: string }>,
  path: string,
  render: (id: string) => ReactNode,
): Page {
  return {
    name,
    parse: (parts) =>
      parts[0] === path && parts[1] ? ({ name, id: decodeURIComponent(parts[1]) } as never) : null,
    format: (route) => `#/${path}/${encodeURIComponent((route as { id: string }).id)}`,
    render: (route) => render((route as { id: string }).id),
    section: path,
  };
}

/**
 * A page of tabs at `#/<name>/<tab>`: the first tab is the page's own address, and a tab it does not know
 * opens the first.
 */
export function tabbedPage<T extends string>(
  name: NamesWhere<{ tab: T }>,
  tabs: readonly [T, ...T[]],
  render: (tab: T) => ReactNode,
): Page {
  const [first] = tabs;
  const tabOf = (route: unknown) => (route as { tab: T }).tab;
  return {
    name,
    parse: (parts) =>
      parts[0] === name ? ({ name, tab: tabs.find((t) => t === parts[1]) ?? first } as never) : null,
    format: (route) => (tabOf(route) === first ? `#/${name}` : `#/${name}/${tabOf(route)}`),
    render: (route) => render(tabOf(route)),
    section: name,
  };
}
