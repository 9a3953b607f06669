// Operation names alone, without schemas, so that the sandboxed preload can stay tiny (no zod).
// api.ts is checked against this list at compile time: a name missing on either side fails to build.
export const OPERATION_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'customers.search',
  'customers.create',
  'customers.get',
  'cases.list',
  'cases.search',
  'views.list',
  'views.save',
  'views.delete',
  'cases.get',
  'cases.create',
  'cases.addNote',
  'cases.changeStatus',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

/** IPC channel for an operation; one channel each so the main process can route without parsing. */
export const ipcChannel = (name: OperationName) => `shiftdesk:${name}`;
