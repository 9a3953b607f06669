/** Ctrl+Shift+R (Cmd+Shift+R on macOS) in the composer: pick a canned reply. */
export const isCannedReplyChord = (e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}) => (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'r';
