// Runs sandboxed: it may require only 'electron'. One function per operation; it checks nothing.
import { contextBridge, ipcRenderer } from 'electron';
import { OPERATION_NAMES, ipcChannel } from '../../core/names';

const api = Object.fromEntries(
  OPERATION_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]),
);

contextBridge.exposeInMainWorld('shiftdesk', api);
