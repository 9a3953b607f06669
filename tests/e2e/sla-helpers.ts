// For the SLA journeys: the host's test-only clock endpoint (present only with --test-clock), so that tests
// move time instead of sleeping, and the desktop notifications the page shows.
import type { Page } from '@playwright/test';
import { post } from './desk';

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
    const objects: object[] = [];
    const Real = page.Notification;
    class Recording extends Real {
      constructor(title: string, options?: { body?: string }) {
        super(title, options);
        shown.push({ title, body: options?.body ?? '' });
        objects.push(this);
      }
    }
    Object.defineProperty(Recording, 'permission', {
      get: () => (Real as unknown as { permission: string }).permission,
    });
    Object.defineProperty(globalThis, 'Notification', { value: Recording });
    Object.defineProperty(globalThis, '__notifications', { value: shown });
    Object.defineProperty(globalThis, '__notificationObjects', { value: objects });
  });
}

/** Clicks the n-th notification the page showed, as the agent would in the system's notification area. */
export const clickNotification = (page: Page, n: number) =>
  page.evaluate((index) => {
    const shown = (globalThis as unknown as { __notificationObjects: { onclick: (() => void) | null }[] })
      .__notificationObjects;
    shown[index]?.onclick?.();
  }, n);

export const notifications = (page: Page) =>
  page.evaluate(
    () => (globalThis as unknown as { __notifications: { title: string; body: string }[] }).__notifications,
  );
