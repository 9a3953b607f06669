import { screen, type BrowserWindow } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  EMPTY_MEMORY,
  parseWindowMemory,
  placementFor,
  rememberPlacement,
  type WindowMemory,
  type WindowPlacement,
} from '../desktop/window-state';

/** The main window's placement per display, in a file of its own beside the case log. */
export function windowMemory(file: string) {
  let memory: WindowMemory;
  try {
    memory = parseWindowMemory(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    memory = EMPTY_MEMORY;
  }
  return {
    /** Where the window opens now, with the displays there are now. */
    placement(): WindowPlacement | null {
      const displays = screen.getAllDisplays().map((d) => ({ id: d.id, workArea: d.workArea }));
      return placementFor(memory, displays, screen.getPrimaryDisplay().id);
    },
    /** Follows the window: where it is whenever it stops moving or resizing, and when it closes. */
    track(win: BrowserWindow): void {
      const save = () => {
        if (win.isDestroyed() || win.isMinimized()) return;
        const bounds = win.getNormalBounds();
        const display = screen.getDisplayMatching(bounds);
        memory = rememberPlacement(memory, display.id, { bounds, maximized: win.isMaximized() });
        try {
          writeFileSync(file, JSON.stringify(memory));
        } catch {
          // A window opening at its default size is no reason to trouble the agent.
        }
      };
      win.on('moved', save);
      win.on('resized', save);
      win.on('maximize', save);
      win.on('unmaximize', save);
      win.on('close', save);
    },
  };
}
