// What a command of the desktop shell (menu, tray, notification, link, opened file) or a browser-mode
// notification's click does in the page: the same slice actions as the shortcut or button it stands for.
import type { ShellCommand, ShellPage } from '../../core/shell-commands';
import type { Route } from '../lib/navigation';
import { useStore } from '../store';

const PAGE_ROUTES: Record<ShellPage, Route> = {
  now: { name: 'now' },
  cases: { name: 'cases' },
  handover: { name: 'handover', tab: 'compose' },
  readBack: { name: 'handover', tab: 'incoming' },
  settings: { name: 'settings' },
};

export const routeOfPage = (page: ShellPage): Route => PAGE_ROUTES[page];

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
      const caseId = await state.caseIdByNumber(command.number);
      if (!caseId) return { kind: 'caseNotFound', number: command.number };
      state.navigate({ name: 'case', id: caseId });
      break;
    }
    case 'newCase':
      state.setNewCaseOpen(true);
      break;
    case 'search':
      // The case list may still be loading: its search box takes the focus when it shows.
      state.setSearchFocusPending(true);
      state.navigate({ name: 'cases' });
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
