// For component tests: window.shiftdesk backed by a real desk on a temp SQLite file, as the preload would
// expose it (one function per operation, results structured-cloned as IPC does). No mock of the API.
import { OPERATION_NAMES, type InputOf, type OperationName, type OutputOf } from '../../core/api';
import { openDesk, type Desk } from '../../electron/services/desk';
import { tempDbPath } from './temp-db';

export interface DeskBridge {
  desk: Desk;
  /** A dispatch that throws on failure, for arranging data; typed by the operation's name. */
  call<K extends OperationName>(name: K, input: InputOf<K>): OutputOf<K>;
  remove(): void;
}

/** `now`: the service's clock, where a test needs it apart from the workstation's. */
export function installDeskBridge(now?: () => number): DeskBridge {
  const desk = openDesk({
    dbPath: tempDbPath(),
    version: '0.0.0-test',
    ...(now ? { now } : {}),
    log: (error) => {
      throw error;
    },
  });
  const api = Object.fromEntries(
    OPERATION_NAMES.map((name) => [
      name,
      async (input: unknown) => structuredClone(desk.dispatch(name, input)),
    ]),
  );
  const host = globalThis as unknown as { window: { shiftdesk?: unknown } };
  host.window.shiftdesk = api;
  return {
    desk,
    call(name, input) {
      const result = desk.dispatch(name, input);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value as OutputOf<typeof name>;
    },
    remove() {
      delete host.window.shiftdesk;
      desk.close();
    },
  };
}
