// What the sandboxed preload needs of the contract, without its schemas (no zod): the channel of each
// operation, and their names. The main process hands the names to the preload as a switch on the window's
// command line (webPreferences.additionalArguments), so that they are written only in the contract.
const OPERATIONS_SWITCH = '--shiftdesk-operations=';

/** IPC channel for an operation; one channel each so the main process can route without parsing. */
export const ipcChannel = (name: string) => `shiftdesk:${name}`;

/** The switch that carries the operation names into the window. */
export const operationsSwitch = (names: readonly string[]) => `${OPERATIONS_SWITCH}${names.join(',')}`;

/** The operation names the main process gave the window (see operationsSwitch). */
export function operationNamesIn(argv: readonly string[]): string[] {
  const found = argv.find((arg) => arg.startsWith(OPERATIONS_SWITCH));
  return found ? found.slice(OPERATIONS_SWITCH.length).split(',') : [];
}

/** The channel the main process sends shell commands to the window on (core/shell-commands.ts). */
export const SHELL_COMMAND_CHANNEL = 'shiftdesk-shell:command';
