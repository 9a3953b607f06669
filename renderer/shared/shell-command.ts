// What a command of the desktop shell (menu, tray, notification, link, opened file) or a browser-mode
// notification's click does in the page. The commands that stand for a shortcut press it, so that the
// menu and the key do exactly the same (core/shortcuts.ts).
import type { ShellCommand, ShellPage } from '../../core/shell-commands';
import { SHORTCUTS, type Shortcut } from '../../core/shortcuts';
import type { Route } from '../lib/navigation';
import { call } from '../lib/api';
import { useStore } from '../store';

const PAGE_ROUTES: Record<ShellPage, Route> = {
  now: { name: 'now' },
  cases: { name: 'cases' },
  handover: { name: 'handover', tab: 'compose' },
  readBack: { name: 'handover', tab: 'incoming' },
  settings: { name: 'settings' },
};

export const routeOfPage = (page: ShellPage): Route => PAGE_ROUTES[page];

/** The shortcut's key, pressed on the window as the agent would (the page's listeners decide). */
function press(shortcut: Shortcut): void {
  window.dispatchEvent(new KeyboardEvent('keydown', { key: shortcut.key, bubbles: true, cancelable: true }));
}

/** What came of a command the agent may need to hear about. */
export type ShellOutcome =
  { kind: 'done' } | { kind: 'caseNotFound'; number: string } | { kind: 'imported'; handoverId: string };

export async function runShellCommand(command: ShellCommand): Promise<ShellOutcome> {
  const state = useStore.getState();
  switch (command.kind) {
    case 'go':
      state.navigate(routeOfPage(command.page));
      break;
    case 'openCase':
      state.navigate({ name: 'case', id: command.caseId });
      break;
    case 'openCaseNumber': {
      const { caseId } = await call('desktop.caseByNumber', { number: command.number });
      if (!caseId) return { kind: 'caseNotFound', number: command.number };
      state.navigate({ name: 'case', id: caseId });
      break;
    }
    case 'newCase':
      press(SHORTCUTS.newCase);
      break;
    case 'search':
      state.navigate({ name: 'cases' });
      // The search box listens once the case list has drawn.
      setTimeout(() => press(SHORTCUTS.search), 100);
      break;
    case 'switchAgent':
      state.setSwitcherOpen(true);
      break;
    case 'signOut':
      state.setSignOutOpen(true);
      break;
    case 'importHandover': {
      const outcome = await state.importHandoverFile(command.text);
      void state.loadPendingHandovers();
      state.navigate({ name: 'handoverView', id: outcome.handoverId });
      return { kind: 'imported', handoverId: outcome.handoverId };
    }
  }
  return { kind: 'done' };
}
