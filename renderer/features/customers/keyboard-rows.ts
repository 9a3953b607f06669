import type { HTMLAttributes, KeyboardEvent } from 'react';
import './customers.css';

/**
 * Props that make a table row reachable from the keyboard: Tab reaches it, ↑ and ↓ move between rows,
 * Enter opens it (as a click does).
 */
export function keyboardRow(open: () => void): HTMLAttributes<HTMLElement> {
  return {
    tabIndex: 0,
    className: 'sd-key-row',
    onClick: open,
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.target !== event.currentTarget) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        open();
        return;
      }
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const row = event.currentTarget;
      const sibling = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
      if (sibling instanceof HTMLElement && sibling.classList.contains('sd-key-row')) {
        event.preventDefault();
        sibling.focus();
      }
    },
  };
}

/** Moves focus to the first keyboard row inside `container` (from a search box, on ↓). */
export function focusFirstRow(container: HTMLElement | null): boolean {
  const row = container?.querySelector<HTMLElement>('.sd-key-row');
  row?.focus();
  return row !== null && row !== undefined;
}
