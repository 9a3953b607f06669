// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PeriodPicker } from '../../renderer/features/reports/lead/PeriodPicker';
import { i18n, initI18n } from '../../renderer/i18n';
import { useStore } from '../../renderer/store';

const week = (first: string) =>
  useStore.setState({ leadReportQuery: { period: { kind: 'week', first, last: first }, filters: {} } });

describe('the report period picker', () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });
  afterEach(cleanup);

  it.each([
    ['zh-CN', '2026年第19周', '2026年第53周'],
    ['en', '2026, week 19', '2026, week 53'],
  ])('names a week by its year and number (%s)', async (language, may, yearEnd) => {
    await i18n.changeLanguage(language);
    week('2026-05-07');
    render(<PeriodPicker />);
    const name = language === 'en' ? 'Report period' : '报表期间';
    expect(screen.getByRole('textbox', { name })).toHaveProperty('value', may);
    cleanup();
    // A Friday in January still in the last week of December: the week's year, not the day's.
    week('2027-01-01');
    render(<PeriodPicker />);
    expect(screen.getByRole('textbox', { name })).toHaveProperty('value', yearEnd);
  });
});

it('opens a calendar whose weeks start on Monday in English too, as the report weeks do', async () => {
  await i18n.changeLanguage('en');
  week('2026-05-07');
  render(<PeriodPicker />);
  fireEvent.mouseDown(screen.getByRole('textbox', { name: 'Report period' }));
  fireEvent.click(screen.getByRole('textbox', { name: 'Report period' }));
  const days = [...document.querySelectorAll('.ant-picker-content thead th')].map((th) => th.textContent);
  // The week picker's first column is the week itself.
  expect(days.slice(0, 3)).toEqual(['Week', 'Mo', 'Tu']);
  cleanup();
});
