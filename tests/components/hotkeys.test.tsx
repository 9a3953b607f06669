// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { isSaveChord, useHotkey } from '../../renderer/lib/use-hotkey';

function Probe({ onN, onNow = () => {} }: { onN: () => void; onNow?: () => void }) {
  useHotkey('newCase', onN);
  useHotkey('goNow', onNow);
  return (
    <div>
      <input aria-label="title" />
    </div>
  );
}

const press = (target: EventTarget, init: KeyboardEventInit) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
  });

describe('keyboard shortcuts', () => {
  it('N fires on the page but not while typing or with a modifier', () => {
    const onN = vi.fn();
    const { getByLabelText, unmount } = render(<Probe onN={onN} />);
    press(document.body, { key: 'n' });
    expect(onN).toHaveBeenCalledTimes(1);
    press(getByLabelText('title'), { key: 'n' });
    press(document.body, { key: 'n', ctrlKey: true });
    expect(onN).toHaveBeenCalledTimes(1);
    unmount();
    press(document.body, { key: 'n' });
    expect(onN).toHaveBeenCalledTimes(1);
  });

  it('Ctrl+Enter and Cmd+Enter are the save chord; plain Enter is not', () => {
    const keys = { shiftKey: false, altKey: false };
    expect(isSaveChord({ key: 'Enter', ctrlKey: true, metaKey: false, ...keys })).toBe(true);
    expect(isSaveChord({ key: 'Enter', ctrlKey: false, metaKey: true, ...keys })).toBe(true);
    expect(isSaveChord({ key: 'Enter', ctrlKey: false, metaKey: false, ...keys })).toBe(false);
    expect(isSaveChord({ key: 'Enter', ctrlKey: true, metaKey: false, ...keys, altKey: true })).toBe(false);
  });

  it('a chord with Ctrl (Cmd) is heard while typing too, and only with its modifier', () => {
    const onNow = vi.fn();
    const { getByLabelText, unmount } = render(<Probe onN={() => {}} onNow={onNow} />);
    press(document.body, { key: '1' });
    expect(onNow).not.toHaveBeenCalled();
    press(getByLabelText('title'), { key: '1', ctrlKey: true });
    press(document.body, { key: '1', metaKey: true });
    expect(onNow).toHaveBeenCalledTimes(2);
    press(document.body, { key: '1', ctrlKey: true, shiftKey: true });
    expect(onNow).toHaveBeenCalledTimes(2);
    unmount();
  });
});

describe('what counts as typing', () => {
  it('text fields do, radios and checkboxes do not', async () => {
    const { isTyping } = await import('../../renderer/lib/use-hotkey');
    const make = (type: string) => Object.assign(document.createElement('input'), { type });
    expect(isTyping(make('text'))).toBe(true);
    expect(isTyping(make('search'))).toBe(true);
    expect(isTyping(make('radio'))).toBe(false);
    expect(isTyping(make('checkbox'))).toBe(false);
    expect(isTyping(document.createElement('textarea'))).toBe(true);
    expect(isTyping(document.createElement('button'))).toBe(false);
  });
});
