import { app, nativeImage, Tray, type BrowserWindow, type NativeImage } from 'electron';
import type { DesktopStatus } from '../../core/desktop';
import type { Language } from '../../core/domain';
import { trayIconPng } from '../desktop/icon-image';
import type { ShellAction } from '../desktop/menu-spec';
import { trayBadge, trayLevel, trayMenu, trayTooltip, type TrayInput, type TrayLevel } from '../desktop/tray';
import { buildMenu } from './menus';

/** A state's icon at 1x and 2x (drawn in code, electron/desktop/icon-image.ts). */
function iconOf(level: TrayLevel, size: number): NativeImage {
  const image = nativeImage.createFromBuffer(trayIconPng(level, size));
  image.addRepresentation({ scaleFactor: 2, buffer: trayIconPng(level, size * 2) });
  return image;
}

/** The tray (menu-bar) icon, its tooltip and menu, and the Dock badge or taskbar overlay, kept current. */
export function createTray(onAction: (action: ShellAction) => void) {
  const size = process.platform === 'darwin' ? 18 : 16;
  const tray = new Tray(iconOf('normal', size));
  tray.on('click', () => onAction({ kind: 'show' }));
  return {
    show(input: TrayInput, language: Language, win: BrowserWindow | null): void {
      const level = trayLevel(input);
      tray.setImage(iconOf(level, size));
      tray.setToolTip(trayTooltip(input, language));
      tray.setContextMenu(buildMenu(trayMenu(input, language), onAction));
      showBadge(input.status, level, win, trayTooltip(input, language));
    },
    destroy: () => tray.destroy(),
  };
}

function showBadge(status: DesktopStatus | null, level: TrayLevel, win: BrowserWindow | null, text: string) {
  const count = trayBadge(status);
  if (process.platform === 'darwin') {
    app.dock?.setBadge(count > 0 ? String(count) : '');
    return;
  }
  if (process.platform === 'win32' && win && !win.isDestroyed()) {
    // The overlay shows the state's colour; the count is in its description (read by screen readers).
    win.setOverlayIcon(count > 0 || level !== 'normal' ? iconOf(level, 16) : null, text);
    return;
  }
  app.setBadgeCount(count);
}
