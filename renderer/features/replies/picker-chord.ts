import { SHORTCUTS, matchesShortcut } from '../../../core/shortcuts';

/** The composer's chord for picking a canned reply (Ctrl+Shift+R, ⌘+Shift+R on macOS). */
export const isCannedReplyChord = (e: Parameters<typeof matchesShortcut>[0]) =>
  matchesShortcut(e, SHORTCUTS.cannedReply);
