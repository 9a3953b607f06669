// Runs sandboxed: it may require only 'electron'. One function per operation; it checks nothing. The names
// come from the main process (core/names.ts), which knows the contract.
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel, operationNamesIn } from '../../core/names';

const api = Object.fromEntries(
  operationNamesIn(process.argv).map((name) => [
    name,
    (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input),
  ]),
);

contextBridge.exposeInMainWorld('shiftdesk', api);
