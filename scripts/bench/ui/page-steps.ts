// The steps an agent takes in the page, each timed as the agent feels it.
import type { CDPSession, Page } from '@playwright/test';
import { TAB_STORAGE, TERMINAL_HEADER } from '../../../core/browser-transport';
import { SEARCH_DEBOUNCE_MS } from '../../../renderer/features/caselist/list-limits';
import { frameStats } from './probes';

interface Probe {
  interactiveAt: number | null;
  rowsPaintedAt: number;
  lastKeyAt: number;
  longTasks: number[];
  countFrames(): void;
  stopFrames(): number[];
}
type ProbeWindow = { __bench: Probe };
const probe = (page: Page) => page.evaluate(() => (globalThis as unknown as ProbeWindow).__bench);

/** Navigation start to the first rows painted. */
export async function bootMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    () => ((globalThis as unknown as ProbeWindow).__bench.interactiveAt ?? 0) > 0,
    null,
    {
      timeout: 60_000,
    },
  );
  return (await probe(page)).interactiveAt!;
}

/** Calls an operation from inside the page, as the app does, and returns the round trip in ms. */
export function fetchMs(page: Page, name: string, input: unknown): Promise<number> {
  return page.evaluate(
    async ([op, body, storage, terminalHeader]) => {
      const g = globalThis as unknown as {
        sessionStorage: { getItem(k: string): string | null };
        fetch: (u: string, i: unknown) => Promise<{ json(): Promise<unknown> }>;
        performance: { now(): number };
      };
      const t0 = g.performance.now();
      const res = await g.fetch(`/api/${op}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${g.sessionStorage.getItem(storage.token) ?? ''}`,
          [terminalHeader]: g.sessionStorage.getItem(storage.terminal) ?? '',
        },
        body: JSON.stringify(body),
      });
      await res.json();
      return g.performance.now() - t0;
    },
    [name, input, TAB_STORAGE, TERMINAL_HEADER] as const,
  );
}

/** The last key of `query` to the list's rows painted with its results, less the search box's pause. */
export async function typeToPaintMs(page: Page, query: string): Promise<number> {
  const box = page.getByLabel('搜索案例');
  await box.fill('');
  await settle(page);
  await box.click();
  await page.keyboard.type(query);
  await page.getByTestId('case-count').filter({ hasText: '找到' }).waitFor();
  await settle(page);
  const p = await probe(page);
  return p.rowsPaintedAt - p.lastKeyAt - SEARCH_DEBOUNCE_MS;
}

/** Waits until the list's rows have not changed for half a second. */
async function settle(page: Page) {
  let last = -1;
  for (;;) {
    await page.waitForTimeout(500);
    const now = (await probe(page)).rowsPaintedAt;
    if (now === last) return;
    last = now;
  }
}

/** A click on the first row to the case page shown, and back to the list. */
export async function caseOpenMs(page: Page): Promise<number> {
  const t0 = performance.now();
  await page.locator('.ant-table-row').first().click();
  await page.getByRole('button', { name: '返回案例列表' }).waitFor();
  const ms = performance.now() - t0;
  await page.getByRole('button', { name: '返回案例列表' }).click();
  await page.locator('.ant-table-row').first().waitFor();
  return ms;
}

/** Wheel-scrolls over `target` for `steps` notches and returns the frame rate and dropped share. */
export async function wheelScroll(page: Page, target: string, steps = 120) {
  const box = await page.locator(target).first().boundingBox();
  if (!box) throw new Error(`${target} is not on the page`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => (globalThis as unknown as ProbeWindow).__bench.countFrames());
  for (let i = 0; i < steps; i++) await page.mouse.wheel(0, 240);
  const frames = await page.evaluate(() => (globalThis as unknown as ProbeWindow).__bench.stopFrames());
  return frameStats(frames);
}

/** Scrolls the case list down until `rows` are loaded or `budgetMs` is spent; returns the rows reached. */
export async function scrollList(page: Page, rows: number, budgetMs: number): Promise<number> {
  const shown = async () => {
    const text = (await page.getByTestId('case-count').textContent()) ?? '';
    // "已显示 200 / 100,000" while paging, "共 100,000 个案例" once all are in: the first number is what is loaded.
    return Number(/[\d,]+/.exec(text)?.[0]?.replaceAll(',', '') ?? 0);
  };
  const until = performance.now() + budgetMs;
  let reached = await shown();
  while (reached < rows && performance.now() < until) {
    await page.evaluate(() => {
      const body = (
        globalThis as unknown as {
          document: { querySelector(s: string): { scrollTop: number; scrollHeight: number } | null };
        }
      ).document.querySelector('.ant-table-tbody-virtual-holder, .ant-table-body');
      if (body) body.scrollTop = body.scrollHeight;
    });
    await page.waitForTimeout(50);
    reached = await shown();
  }
  return reached;
}

/** The page's live JS heap after a full garbage collection, in MB. */
export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
}

export const longTasks = async (page: Page) => (await probe(page)).longTasks;
