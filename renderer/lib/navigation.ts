import type { ComponentType, ReactNode } from 'react';
import type { Slice } from '../store/slice';

/**
 * Every route's name and parameters. Each feature's `feature.tsx` adds its own (declaration merging), so a
 * route is declared once, beside its page.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the features' files fill it in
export interface RouteParams {}

export type RouteName = keyof RouteParams;
export type Route = { [N in RouteName]: { name: N } & RouteParams[N] }[RouteName];
export type RouteOf<N extends RouteName> = Extract<Route, { name: N }>;

/** A page and its place in the URL fragment (#/<parts>), so that a reload keeps the agent where they were. */
export interface Page<N extends RouteName = RouteName> {
  name: N;
  /** This page's route for the fragment's parts, or null when they name another page. */
  parse(parts: readonly string[]): RouteOf<N> | null;
  format(route: RouteOf<N>): string;
  render(route: RouteOf<N>): ReactNode;
  /** The menu entry lit while the page shows. */
  section: string;
  /** The page scrolls inside itself (a virtual table) rather than in the frame. */
  fillsFrame?: boolean;
}

/** A navigation menu entry: where it leads. */
export interface MenuEntry {
  key: string;
  icon: ReactNode;
  /** Its i18n key. */
  label: string;
  route: Route;
}

/** What a feature brings to the app: its pages, its menu entry, its slices and what it shows in the frame. */
export interface Feature {
  pages?: readonly Page[];
  menu?: MenuEntry;
  slices?: readonly Slice<object>[];
  /** Shown in the header bar, in the order of the feature list. */
  header?: ComponentType;
  /** Mounted once beside the pages (a drawer any page can open). */
  overlay?: ComponentType;
}

/**
 * Declares a page with its route's type checked against its name. The cast forgets which route: the app
 * hands a page only routes of its own name (see app/routes.ts).
 */
export const definePage = <N extends RouteName>(page: Page<N>): Page => page as unknown as Page;
