import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuSpec, ShellAction } from '../desktop/menu-spec';

/** A menu of plain data (electron/desktop) as Electron's, each click handed to `onAction`. */
export function buildMenu(spec: readonly MenuSpec[], onAction: (action: ShellAction) => void): Menu {
  return Menu.buildFromTemplate(spec.map((item) => toItem(item, onAction)));
}

function toItem(item: MenuSpec, onAction: (action: ShellAction) => void): MenuItemConstructorOptions {
  const { action, submenu, shortcut: _shortcut, ...rest } = item;
  return {
    ...rest,
    ...(submenu ? { submenu: submenu.map((child) => toItem(child, onAction)) } : {}),
    ...(action ? { click: () => onAction(action) } : {}),
  };
}
