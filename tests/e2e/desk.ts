// Every end-to-end test runs against browser-mode hosts of its own, and arranges its data through the same
// API the page uses.
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { TAB_STORAGE, TERMINAL_HEADER } from '../../core/browser-transport';
import { DESK_START } from './desk-clock';
import { freshDbPath, startHost, type RunningHost } from './host-process';

export { expect };

/** Where a host starts: a fresh case log unless `db` is given; `demo` fills it with the demo desk. */
export interface HostOptions {
  db?: string;
  demo?: boolean;
}

export interface Desk {
  /** Starts a host on the test clock (on a fresh case log unless `db` is given), without opening the app. */
  start(options?: HostOptions): Promise<RunningHost>;
  /**
   * Starts a host on the test clock (on a fresh case log unless `db` is given) and opens the app with its
   * one-time token.
   */
  open(options?: HostOptions): Promise<RunningHost>;
  /** Opens the app as `open` does and waits for the page it starts on, the case list (in Chinese). */
  openCases(options?: HostOptions): Promise<RunningHost>;
  /** Stops a host before the test ends, e.g. to restart it on the same case log. */
  stop(host: RunningHost): Promise<void>;
  /** Stops a host and opens the app again on its case log, as after a restart of the workstation. */
  restart(host: RunningHost): Promise<RunningHost>;
}

/**
 * Playwright's `test` with a `desk`: every host it started is stopped when the test ends, passed or not.
 * Hosts and page start at `deskStart` (`test.use({ deskStart })` to pick another instant).
 */
export const test = base.extend<{ deskStart: string; desk: Desk }>({
  deskStart: [DESK_START, { option: true }],
  // The page's clock starts there too (and runs on), so that what the UI takes from the browser's "today"
  // (a date picker's today, a report's default range) is the host's day.
  page: async ({ page, deskStart }, use) => {
    await page.clock.install({ time: deskStart });
    await use(page);
  },
  desk: async ({ page, deskStart }, use) => {
    const running: RunningHost[] = [];
    // A host restarted on the same case log carries on from where the test's time has got to.
    const began = Date.now();
    const deskNow = () => new Date(Date.parse(deskStart) + Date.now() - began).toISOString();
    // Every host, the demo desk's included, runs on the test clock: no test reads the wall clock.
    const start: Desk['start'] = async ({ db = freshDbPath(), demo = false } = {}) => {
      const host = await startHost(db, ['--test-clock', deskNow(), ...(demo ? ['--demo'] : [])]);
      running.push(host);
      return host;
    };
    const open: Desk['open'] = async (options) => {
      const host = await start(options);
      await page.goto(host.url);
      return host;
    };
    const stop: Desk['stop'] = async (host) => {
      running.splice(running.indexOf(host), 1);
      await host.stop();
    };
    await use({
      start,
      open,
      openCases: async (options) => {
        const host = await open(options);
        await expect(page.getByRole('heading', { name: '案例' })).toBeVisible();
        return host;
      },
      stop,
      restart: async (host) => {
        await stop(host);
        return open({ db: host.db });
      },
    });
    for (const host of running.splice(0)) await host.stop();
  },
});

/** Goes to a route of the app (`cases/<id>`) on the page's host; the tab keeps its token. */
export const openRoute = (page: Page, route: string) => page.goto(page.url().replace(/#.*/, `#/${route}`));

/** Switches the interface to English and waits until the menu speaks it (the English text loads on demand). */
export async function switchToEnglish(page: Page): Promise<void> {
  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Cases', exact: true })).toBeVisible();
}

/**
 * Waits until a list has no request in flight (`aria-busy="false"`), so that its rows answer the last
 * filter, sort or search rather than the one before.
 */
export const settled = (list: Locator) => expect(list).toHaveAttribute('aria-busy', 'false');

/** What the page-side callbacks use of the browser. */
interface PageGlobals {
  sessionStorage: { getItem(key: string): string | null };
}

/** POSTs JSON from inside the page, with the token and the tab id the page keeps in its session storage. */
export async function post<T>(page: Page, path: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([url, body, storage, terminalHeader]) => {
      // Runs in the page; the test's own types know no DOM.
      const { sessionStorage } = globalThis as unknown as PageGlobals;
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${sessionStorage.getItem(storage.token) ?? ''}`,
          // The tab's own sign-in, as the page sends it (renderer/lib/api.ts).
          [terminalHeader]: sessionStorage.getItem(storage.terminal) ?? '',
        },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return (await res.json()) as unknown;
    },
    [path, input, TAB_STORAGE, TERMINAL_HEADER] as const,
  ) as Promise<T>;
}

/** Calls an operation as the page does, to arrange data or read it back. */
export async function api<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = await post<{ ok: boolean; value?: T; error?: unknown }>(page, `/api/${name}`, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}
