// The only module that talks to the outside: window.shiftdesk (Electron) or the loopback host (browser mode).
import type { InputOf, OperationName, OutputOf, ShiftdeskApi } from '../../core/api';
import { TAB_STORAGE, TERMINAL_HEADER } from '../../core/browser-transport';
import type { ErrorCode, FieldIssue, Result } from '../../core/errors';

declare global {
  interface Window {
    shiftdesk?: ShiftdeskApi;
  }
}

/** A failed operation, with the code and field issues the contract promises. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/**
 * This tab's own id, kept across reloads: the host keeps one sign-in per tab, so that two tabs can be two
 * agents.
 */
function terminalId(): string {
  let id = sessionStorage.getItem(TAB_STORAGE.terminal);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(TAB_STORAGE.terminal, id);
  }
  return id;
}

/** Browser mode hands the token over in the URL fragment; keep it for this tab and clear it from sight. */
export function adoptTokenFromLocation(): void {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!match?.[1]) return;
  sessionStorage.setItem(TAB_STORAGE.token, match[1]);
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/cases`);
}

async function overHttp(name: OperationName, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${sessionStorage.getItem(TAB_STORAGE.token) ?? ''}`,
        [TERMINAL_HEADER]: terminalId(),
      },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    throw new ApiCallError('NETWORK', 'cannot reach the browser-mode host');
  }
  if (response.status === 401 || response.status === 403) {
    return { ok: false, error: { code: 'UNAUTHORIZED', message: await response.text() } };
  }
  return (await response.json()) as Result<unknown>;
}

export const isBrowserMode = () => !window.shiftdesk;

export async function call<K extends OperationName>(name: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const bridge = window.shiftdesk;
  const result = bridge
    ? await (bridge[name] as (i: InputOf<K>) => Promise<Result<OutputOf<K>>>)(input)
    : ((await overHttp(name, input)) as Result<OutputOf<K>>);
  if (!result.ok) {
    throw new ApiCallError(result.error.code, result.error.message, result.error.issues);
  }
  return result.value;
}
