// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_UTC_OFFSET_MINUTES } from '../../core/local-time';
import { SearchBox } from '../../renderer/features/caselist/SearchBox';
import { setDeskUtcOffset } from '../../renderer/shared/format';
import { useStore } from '../../renderer/store';
import { renderInApp } from './render-in-app';
import { setUpTestDesk } from './desk-setup';

setUpTestDesk();
afterEach(() => setDeskUtcOffset(DEFAULT_UTC_OFFSET_MINUTES));

it('reads a created: day on the desk’s calendar and moves it to the filter bar', () => {
  setDeskUtcOffset(-300);
  renderInApp(<SearchBox />);
  const box = screen.getByRole('textbox', { name: 'Search cases' });
  fireEvent.change(box, { target: { value: 'Outlook created:2026-11-01' } });
  fireEvent.keyDown(box, { key: 'Enter' });
  const { text, filters } = useStore.getState().caseQuery;
  expect(text).toBe('Outlook');
  expect(filters.createdFrom).toBe(Date.parse('2026-11-01T00:00:00-05:00'));
  expect(filters.createdTo).toBe(Date.parse('2026-11-02T00:00:00-05:00'));
});

it('takes the focus asked for before it showed, once', async () => {
  useStore.setState({ searchFocusPending: true });
  renderInApp(<SearchBox />);
  const box = screen.getByRole('textbox', { name: 'Search cases' });
  await waitFor(() => expect(document.activeElement).toBe(box));
  expect(useStore.getState().searchFocusPending).toBe(false);
});
