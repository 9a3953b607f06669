import { Notification } from 'electron';
import type { DesktopNotice, ShellCommand } from '../../core/shell-commands';

/**
 * Desktop notifications whose click runs their command in the main window. Each is held until clicked or
 * replaced (a notification collected by the garbage collector loses its click), one per tag.
 */
export function createNotifier(onOpen: (command: ShellCommand) => void): (notice: DesktopNotice) => void {
  const shown = new Map<string, Notification>();
  return (notice) => {
    if (!Notification.isSupported()) return;
    shown.get(notice.tag)?.close();
    const notification = new Notification({ title: notice.title, body: notice.body });
    const forget = () => {
      if (shown.get(notice.tag) === notification) shown.delete(notice.tag);
    };
    notification.on('click', () => {
      forget();
      onOpen(notice.open);
    });
    notification.on('close', forget);
    shown.set(notice.tag, notification);
    notification.show();
  };
}
