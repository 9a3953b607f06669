// Runs sandboxed: it may require only 'electron'. One function per operation; it checks nothing. The names
// come from the main process (core/names.ts), which knows the contract.
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel, operationNamesIn, SHELL_COMMAND_CHANNEL } from '../../core/names';

const api = Object.fromEntries(
  operationNamesIn(process.argv).map((name) => [
    name,
    (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input),
  ]),
);

contextBridge.exposeInMainWorld('shiftdesk', api);
// What the menu, the tray, a notification or a link asks of the page; the page checks each command
// (core/shell-commands.ts). The listener gets the command only, never the IPC event. Commands that arrive
// before the page listens (a link that launched the app) wait for it, a few at most.
let listener: ((command: unknown) => void) | null = null;
const early: unknown[] = [];
ipcRenderer.on(SHELL_COMMAND_CHANNEL, (_event, command: unknown) => {
  if (listener) listener(command);
  else if (early.length < 8) early.push(command);
});
contextBridge.exposeInMainWorld('shiftdeskShell', {
  onCommand: (next: (command: unknown) => void) => {
    listener = next;
    for (const command of early.splice(0)) next(command);
  },
});
