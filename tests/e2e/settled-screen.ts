// When a screen is at rest for axe to measure: nothing loading or busy, no dialog or drawer moving.
import type { Page } from '@playwright/test';
import { expect } from './desk';

/** What the settle check uses of the page (the test's own types know no DOM). */
interface PageStyles {
  document: {
    querySelectorAll(selector: string): ArrayLike<unknown>;
    getAnimations(): { playState: string; effect: { getComputedTiming(): { endTime?: number } } | null }[];
  };
  getComputedStyle(element: unknown): { opacity: string; transform: string };
}

/** What moves when a dialog or drawer opens or closes. */
const MOVING = ['.ant-modal', '.ant-modal-mask', '.ant-drawer-content-wrapper', '.ant-drawer-mask'];

/**
 * The same, while its motion is under way: from the frame before it starts (marked "prepare", at opacity 0)
 * until it has arrived. (A segmented control's thumb keeps its marks under the transition switch-off, and
 * does not count: it never hides what axe reads.)
 */
const MOTION_UNDER_WAY = MOVING.flatMap((element) =>
  ['appear', 'enter', 'leave'].flatMap((phase) =>
    ['prepare', 'start', 'active'].map((step) => `${element}[class*="-${phase}-${step}"]`),
  ),
).join(', ');

/** Nothing loading, nothing busy, no motion under way: what axe sees is what stays on screen. */
export async function settledScreen(page: Page) {
  await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible();
  await expect(page.locator('.ant-spin-spinning, [aria-busy="true"]')).toHaveCount(0);
  await page.waitForFunction(
    ({ moving, motionUnderWay }) => {
      const g = globalThis as unknown as PageStyles;
      // A dialog's opening is a CSS animation, which the transition switch-off does not stop: none that ends
      // may still run (endless ones, a spinner's, are no motion towards a state).
      const animating = g.document
        .getAnimations()
        .some((a) => a.playState === 'running' && (a.effect?.getComputedTiming().endTime ?? 0) !== Infinity);
      if (animating) return false;
      // Before a dialog's animation starts, its motion library marks it "prepare" at opacity 0: not at rest yet.
      if (g.document.querySelectorAll(motionUnderWay).length > 0) return false;
      return Array.from(g.document.querySelectorAll(moving)).every((m) => {
        const style = g.getComputedStyle(m);
        return (
          ['0', '1'].includes(style.opacity) && ['none', 'matrix(1, 0, 0, 1, 0, 0)'].includes(style.transform)
        );
      });
    },
    { moving: MOVING.join(', '), motionUnderWay: MOTION_UNDER_WAY },
  );
}
