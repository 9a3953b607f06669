// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { SupportSheetTemplate } from '../../core/support-sheet';
import { SheetTemplateCard } from '../../renderer/features/sheets/SheetTemplateCard';
import { renderInApp } from './render-in-app';
import { setUpTestDesk } from './desk-setup';

const bridge = setUpTestDesk();

const card = () => renderInApp(<SheetTemplateCard />);

it('refuses an unknown placeholder under its box, even from the preview, and saves the next version', async () => {
  card();
  await screen.findByText('Version 1 (as shipped)');
  const english = screen.getByLabelText('English template') as HTMLTextAreaElement;
  fireEvent.change(english, { target: { value: 'Dear {customer}, call {desk_phone}.' } });
  fireEvent.click(screen.getByText('Preview (sample customer)'));
  fireEvent.click(screen.getByRole('button', { name: 'Save as version 2' }));
  // Back to the boxes, the refusal under the English one; nothing saved.
  await screen.findByText('Unknown placeholder: use only those listed below');
  expect(english.value).toBe('Dear {customer}, call {desk_phone}.');
  expect(bridge.call<SupportSheetTemplate>('supportSheetTemplate.get', {}).version).toBe(1);

  fireEvent.change(english, { target: { value: 'Dear {customer}, A is answered within {response_a}.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save as version 2' }));
  await screen.findByText(/^Version 2 · saved by /);
  expect(bridge.call<SupportSheetTemplate>('supportSheetTemplate.get', {}).bodies.en).toBe(
    'Dear {customer}, A is answered within {response_a}.',
  );
  // The button offers the version after (its spinner's fade-out never ends without real animations).
  await screen.findByRole('button', { name: /Save as version 3$/ });
});

it('previews both languages with a sample customer and the SLA policy as it stands', async () => {
  card();
  await screen.findByText('Version 1 (as shipped)');
  fireEvent.change(screen.getByLabelText('English template'), {
    target: { value: '{customer}: A in {response_a}, C resolved in {resolution_c}.' },
  });
  fireEvent.click(screen.getByText('Preview (sample customer)'));
  const english = await screen.findByRole('region', { name: 'English preview' });
  await waitFor(() =>
    expect(english.textContent?.trim()).toBe('Contoso Trading Ltd.: A in 2 hours, C resolved in 5 days.'),
  );
  const chinese = screen.getByRole('region', { name: 'Chinese preview' });
  expect(within(chinese).getByRole('heading', { level: 1 }).textContent).toBe('支持流程说明');
  expect(within(chinese).getByRole('row', { name: /A 级（严重）/ }).textContent).toContain('2 小时');
});
