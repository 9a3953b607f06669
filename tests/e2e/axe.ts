// The accessibility check every screen and dialog passes: axe-core finds no serious or critical violation,
// and no icon lends its English name to a control.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './desk';

/**
 * Rules left out, each for a reason:
 * - `scrollable-region-focusable`: the virtual case list scrolls a body the agent moves through with J/K
 *   and Enter (and every row is reachable that way), not by tabbing into the scroll area.
 */
const DISABLED_RULES = ['scrollable-region-focusable'];

/** What the page-side check uses of the DOM (the test's own types know no DOM). */
interface IconElement {
  className: string | { baseVal: string };
  getAttribute(name: string): string | null;
}

/** The colours axe measured, when it measured some: what a failing contrast needs to be fixed. */
const contrastOf = (node: { any: { data?: unknown }[] }) => {
  const data = node.any[0]?.data as
    { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
  return data?.fgColor ? `(${data.fgColor} on ${data.bgColor}: ${data.contrastRatio})` : '';
};

/** Checks what is on screen now; failures are soft, so one run lists every screen that fails. */
export async function checkAccessibility(page: Page, where: string): Promise<void> {
  // Only violations are collected: gathering every passing node too makes each run several times slower.
  // (options() replaces what came before it, so it comes first.)
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .disableRules(DISABLED_RULES)
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${contrastOf(n)}`).join(' | ')}`);
  expect.soft(serious, `axe on ${where}`).toEqual([]);

  // An icon is hidden, or named in the interface's language: never after itself ("plus", "search").
  const leaks = await page.locator('.anticon:not([aria-hidden="true"])').evaluateAll((icons) =>
    (icons as unknown as IconElement[])
      .map((icon) => {
        const name = /anticon-([a-z-]+)/.exec(String(icon.className))?.[1] ?? '';
        const label = icon.getAttribute('aria-label') ?? '';
        return label === '' || label === name ? `${name} "${label}"` : null;
      })
      .filter((leak) => leak !== null),
  );
  expect.soft(leaks, `icon names on ${where}`).toEqual([]);
}
