// Every screen and dialog, in both languages, through axe-core and the icon-name check: a host on the
// demo desk per language, walked screen by screen, so that a regression anywhere fails the walk.
import type { Page } from '@playwright/test';
import { SUPPORT_AREAS } from '../../core/domain';
import { createCase, createCustomer } from './arrange';
import { checkAccessibility } from './axe';
import { expect, openRoute, switchToEnglish, test } from './desk';
import { screen as picture } from './screens';
import { settledScreen } from './settled-screen';

const SCREENS = [
  'now',
  'cases',
  'customers',
  'duty/coverage',
  'duty/roster',
  'duty/agents',
  'duty/sessions',
  'handover',
  'handover/incoming',
  'handover/history',
  'escalations',
  'escalations/partner',
  'escalations/queue',
  'knowledge',
  'reports/escalations',
  'settings',
];

/** The screens also saved as pictures, by name. */
const PICTURED: Record<string, string> = {
  handover: 'a11y-handover',
  'duty/sessions': 'a11y-duty-sessions',
  escalations: 'a11y-escalations',
};

/** The screens whose tables must fit the window: long titles and request numbers pushed them off the edge. */
const FITTED = new Set(['escalations', 'escalations/partner']);

/** What the fit check uses of the page (the test's own types know no DOM). */
interface PageBoxes {
  document: {
    querySelector(selector: string): { getBoundingClientRect(): { right: number } } | null;
    querySelectorAll(
      selector: string,
    ): ArrayLike<{ getBoundingClientRect(): { right: number; width: number } }>;
  };
}

/** No table runs past the page's right edge, and each table's title column keeps room to be read. */
async function expectTablesFit(page: Page, where: string) {
  const fit = await page.evaluate(() => {
    const g = globalThis as unknown as PageBoxes;
    const edge = g.document.querySelector('main')!.getBoundingClientRect().right;
    const tables = Array.from(g.document.querySelectorAll('main table'));
    const widest = Math.max(...tables.map((t) => t.getBoundingClientRect().right));
    const titles = Array.from(g.document.querySelectorAll('main th.sd-title-column')).map(
      (th) => th.getBoundingClientRect().width,
    );
    return { overflow: widest - edge, titles };
  });
  expect(fit.overflow, `${where}: a table runs past the edge`).toBeLessThanOrEqual(1);
  expect(fit.titles.length, `${where}: the title column`).toBeGreaterThan(0);
  for (const width of fit.titles)
    expect(width, `${where}: the title column's width`).toBeGreaterThanOrEqual(140);
}

/** The handover's "then" label stays one word on one line beside its box, in either language. */
async function expectThenOnOneLine(page: Page) {
  const heights = await page.evaluate(() => {
    const g = globalThis as unknown as {
      document: { querySelectorAll(s: string): ArrayLike<{ getBoundingClientRect(): { height: number } }> };
    };
    return Array.from(g.document.querySelectorAll('.sd-then > .ant-typography')).map(
      (label) => label.getBoundingClientRect().height,
    );
  });
  expect(heights.length, 'the handover shows its then labels').toBeGreaterThan(0);
  for (const height of heights) expect(height, 'a then label wraps').toBeLessThanOrEqual(25);
}

/** What the walk clicks and expects, in each language. */
const TEXT = {
  'zh-CN': {
    addAgent: '添加坐席',
    role: '角色',
    languages: '服务语言',
    newCustomer: '新建客户',
    services: '服务',
    escalate: '呈报世纪互联',
    tried: '已尝试的步骤',
    tools: /缺少支持工具/,
    evidence: '依据（缺少支持工具）',
    next: '下一步',
    severity: '严重级别',
    target: '在哪里提交',
    details: '案例信息',
    entryKind: '记录类型',
    created: '筛选：创建日期',
    area: '筛选：支持范围',
  },
  en: {
    addAgent: 'Add agent',
    role: 'Role',
    languages: 'Languages',
    newCustomer: 'New customer',
    services: 'Services',
    escalate: 'Escalate to 21Vianet',
    tried: 'What was tried',
    tools: /Missing support tools/,
    evidence: 'Evidence (Missing support tools)',
    next: 'Next',
    severity: 'Severity',
    target: 'Where to submit',
    details: 'Case details',
    entryKind: 'Entry type',
    created: 'Filter: Created',
    area: 'Filter: Support area',
  },
} as const;

type Text = (typeof TEXT)[keyof typeof TEXT];

async function check(page: Page, where: string) {
  // The pointer leaves the button it last clicked: axe measures colours at rest, not under a hover.
  await page.mouse.move(0, 0);
  await settledScreen(page);
  await checkAccessibility(page, where);
}

async function walk(page: Page, language: keyof typeof TEXT, caseId: string) {
  const text: Text = TEXT[language];
  // The page speaks the interface's language, so screen readers pick the voice that reads it.
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  for (const screen of SCREENS) {
    await openRoute(page, screen);
    await check(page, `${screen} (${language})`);
    if (FITTED.has(screen)) await expectTablesFit(page, `${screen} (${language})`);
    if (screen === 'handover') await expectThenOnOneLine(page);
    // For a person to look at: the screens whose layout (long titles, request numbers, tags) is easy to break.
    if (PICTURED[screen]) await picture(page, `${PICTURED[screen]}.${language}`);
  }

  await openRoute(page, 'cases');
  // The created-date filter's two boxes are a named group with a name each.
  const created = page.getByRole('group', { name: text.created });
  await expect(created.getByRole('textbox')).toHaveCount(2);
  const [from, to] = await Promise.all(
    [0, 1].map((i) => created.getByRole('textbox').nth(i).getAttribute('placeholder')),
  );
  expect(from).not.toBe(to);
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog')).toBeVisible();
  await check(page, `new case (${language})`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  // A select's list exposes every option to assistive technology, not only the active one and its neighbours.
  await page.getByRole('combobox', { name: text.area }).click();
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(SUPPORT_AREAS.length);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();

  await page.keyboard.press('Control+Shift+S');
  await expect(page.getByRole('dialog')).toBeVisible();
  await check(page, `agent switcher (${language})`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await openRoute(page, 'duty/agents');
  await page.getByRole('button', { name: text.addAgent }).click();
  const agent = page.getByRole('dialog');
  await expect(agent.getByRole('radiogroup', { name: text.role })).toBeVisible();
  await expect(agent.getByRole('group', { name: text.languages })).toBeVisible();
  await check(page, `agent dialog (${language})`);
  await page.keyboard.press('Escape');
  await expect(agent).toBeHidden();

  await openRoute(page, 'customers');
  await page.getByRole('button', { name: text.newCustomer }).first().click();
  const customer = page.getByRole('dialog');
  await expect(customer.getByRole('group', { name: text.services })).toBeVisible();
  await check(page, `customer dialog (${language})`);
  await page.keyboard.press('Escape');
  await expect(customer).toBeHidden();

  await openRoute(page, `cases/${caseId}`);
  await expect(page.getByRole('table', { name: text.details })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: text.entryKind })).toBeVisible();
  await check(page, `case (${language})`);
  await page.getByRole('button', { name: text.escalate }).click();
  const drawer = page.getByRole('dialog');
  await check(page, `escalation, justify (${language})`);
  await drawer.getByRole('textbox', { name: text.tried }).fill('Reset the password and rebuilt the profile.');
  await drawer.getByRole('checkbox', { name: text.tools }).check();
  await drawer.getByRole('textbox', { name: text.evidence }).fill('We cannot read the tenant sign-in logs.');
  await drawer.getByRole('button', { name: text.next }).click();
  await expect(drawer.getByRole('radiogroup', { name: text.severity })).toBeVisible();
  await expect(drawer.getByRole('radiogroup', { name: text.target })).toBeVisible();
  await check(page, `escalation, request (${language})`);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
}

// One test per language, each on a host of its own, so that the two walks run side by side.
for (const language of ['zh-CN', 'en'] as const) {
  const name = language === 'en' ? 'English' : 'Chinese';
  test(`every screen and dialog passes axe and names its controls, in ${name}`, async ({ page, desk }) => {
    // Some thirty screens and dialogs, on a machine shared with other runs.
    test.setTimeout(300_000);
    await desk.openCases({ demo: true });
    // Colours are measured at rest: no button is caught halfway through its hover or focus transition.
    await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
    const customer = await createCustomer(page, {
      name: '岳阳云帆科技有限公司',
      tenantDomain: 'yunfan.partner.onmschina.cn',
    });
    const created = await createCase(page, customer.id, { title: 'Outlook 持续提示输入密码' });
    if (language === 'en') {
      await switchToEnglish(page);
    }
    await walk(page, language, created.id);
  });
}
