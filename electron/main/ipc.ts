import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { OPERATION_NAMES, ipcChannel } from '../../core/api';
import type { Result } from '../../core/errors';
import { isTrustedSender } from '../security/app-origin';
import type { Dispatch } from '../services/dispatch';
import { retryWhileLocked } from '../services/lock-retry';
import { windowTerminal } from '../services/terminals';

/**
 * One `ipcMain.handle` per operation, each a straight call into the shared dispatcher. The window that
 * sent it is the terminal, so that its own sign-in is the actor.
 */
export function registerIpc(ipc: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const name of OPERATION_NAMES) {
    ipc.handle(
      ipcChannel(name),
      (event: IpcMainInvokeEvent, input: unknown): Result<unknown> | Promise<Result<unknown>> => {
        const frame = event.senderFrame;
        if (!isTrustedSender(frame && { url: frame.url, isTop: frame.parent === null })) {
          return {
            ok: false,
            error: { code: 'UNAUTHORIZED', message: 'sender is not the ShiftDesk window' },
          };
        }
        return retryWhileLocked(() => dispatch(name, input, windowTerminal(event.sender.id)));
      },
    );
  }
}
