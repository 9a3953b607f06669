// How a browser-mode page talks to its host, on both sides of the wire: the header that names the tab
// (its terminal, see electron/services/terminals.ts) and where the tab keeps its token and its id.

/** Names the tab a request comes from; without it, a request acts for the default terminal. */
export const TERMINAL_HEADER = 'x-shiftdesk-terminal';

/** The tab's session-storage keys: the host's one-time token, and the tab's own terminal id. */
export const TAB_STORAGE = { token: 'shiftdesk.token', terminal: 'shiftdesk.terminal' } as const;
