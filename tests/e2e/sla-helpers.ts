// For the SLA journeys: the page's own API (its token is in the tab's session storage) and the host's
// test-only clock endpoint (present only with --test-clock), so that tests move time instead of sleeping.
import type { Page } from '@playwright/test';

/** What the page-side callbacks use of the browser. */
interface PageGlobals {
  sessionStorage: { getItem(key: string): string | null };
}

async function post<T>(page: Page, path: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([url, body]) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          // Runs in the page; the test's own types know no DOM.
          Authorization: `Bearer ${(globalThis as unknown as PageGlobals).sessionStorage.getItem('shiftdesk.token') ?? ''}`,
        },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return (await res.json()) as unknown;
    },
    [path, input] as const,
  ) as Promise<T>;
}

export async function api<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = await post<{ ok: boolean; value?: T; error?: unknown }>(page, `/api/${name}`, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

/** Moves the service's clock forward; the host checks the SLA clocks at once. */
export async function advance(page: Page, minutes: number): Promise<number> {
  const { now } = await post<{ now: number }>(page, '/test/clock', { advanceMs: minutes * 60_000 });
  return now;
}

/** Records what the page shows through the browser's Notification API (granted for the test). */
export async function recordNotifications(page: Page): Promise<void> {
  await page.context().grantPermissions(['notifications']);
  await page.addInitScript(() => {
    // Runs in the page; the test's own types know no DOM.
    type Ctor = new (title: string, options?: { body?: string }) => object;
    const page = globalThis as unknown as { Notification: Ctor };
    const shown: { title: string; body: string }[] = [];
    const Real = page.Notification;
    class Recording extends Real {
      constructor(title: string, options?: { body?: string }) {
        super(title, options);
        shown.push({ title, body: options?.body ?? '' });
      }
    }
    Object.defineProperty(Recording, 'permission', {
      get: () => (Real as unknown as { permission: string }).permission,
    });
    Object.defineProperty(globalThis, 'Notification', { value: Recording });
    Object.defineProperty(globalThis, '__notifications', { value: shown });
  });
}

export const notifications = (page: Page) =>
  page.evaluate(
    () => (globalThis as unknown as { __notifications: { title: string; body: string }[] }).__notifications,
  );
