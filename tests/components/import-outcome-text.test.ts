import { expect, it } from 'vitest';
import { differingLines, renumberedLines } from '../../renderer/features/handover/import-outcome-text';
import { i18n, initI18n } from '../../renderer/i18n';

const differing = [
  { caseId: 'c1', number: 'SD-2026-000123', fields: ['title', 'severity', 'ownerId'] },
  { caseId: 'c2', number: 'SD-2026-000124', fields: ['status'] },
];

it('names the cases a handover file has otherwise, and their fields, in each language', async () => {
  await initI18n('en');
  await i18n.changeLanguage('en');
  expect(differingLines(i18n.t, 'en', differing)).toEqual([
    'SD-2026-000123: Title, Severity, and Owner',
    'SD-2026-000124: Status',
  ]);
  await i18n.changeLanguage('zh-CN');
  const zh = differingLines(i18n.t, 'zh-CN', differing);
  expect(zh[0]).toMatch(/^SD-2026-000123: 标题、严重级别和负责人$/);
  expect(zh[1]).toBe('SD-2026-000124: 状态');
});

it('shows each renumbered case on a line of its own', () => {
  expect(renumberedLines([{ caseId: 'c', from: 'SD-2026-000007', to: 'SD-2026-000031' }])).toEqual([
    'SD-2026-000007 → SD-2026-000031',
  ]);
});
