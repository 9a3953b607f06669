import { isOperationName, operations, type Access } from '../../core/api';
import type { ApiError, FieldIssue, Result } from '../../core/errors';
import { inputBoundIssue } from '../../core/input-bounds';
import type { ServiceContext } from './context';
import { caseLogApiError } from './case-log-errors';
import { ServiceError } from './errors';
import { handlers } from './index';
import { assertSignedInFor } from './sign-in-guard';
import { DEFAULT_TERMINAL } from './terminals';

/** One request: the operation, its input, and the terminal it came from (services/terminals.ts). */
export type Dispatch = (name: unknown, input: unknown, terminal?: string) => Result<unknown>;

/**
 * The single entry point both transports call: validates the input against the contract, runs the
 * service, and turns every failure into a typed error. Transports add nothing to this.
 */
export function createDispatch(
  contextAt: (terminal: string, access: Access) => ServiceContext,
  log: (error: unknown) => void = console.error,
): Dispatch {
  return (name, input, terminal = DEFAULT_TERMINAL) => {
    if (!isOperationName(name)) {
      return failure({ code: 'NOT_FOUND', message: `unknown operation ${String(name)}` });
    }
    // The bounds every input keeps come first, so that no schema or service ever sees what breaks them.
    const bound = inputBoundIssue(input);
    if (bound) return failure({ code: 'VALIDATION', message: `invalid input for ${name}`, issues: [bound] });
    const parsed = operations[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues: FieldIssue[] = parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message: i.message.startsWith('validation.') ? i.message : 'validation.invalid',
      }));
      return failure({ code: 'VALIDATION', message: `invalid input for ${name}`, issues });
    }
    try {
      const ctx = contextAt(terminal, operations[name].access);
      assertSignedInFor(name, ctx);
      const run = handlers[name] as (c: ServiceContext, i: unknown) => unknown;
      return { ok: true, value: run(ctx, parsed.data) };
    } catch (error) {
      if (error instanceof ServiceError) {
        return failure({
          code: error.code,
          message: error.message,
          ...(error.issues ? { issues: error.issues } : {}),
        });
      }
      const fileProblem = caseLogApiError(error);
      if (fileProblem) return failure(fileProblem);
      log(error);
      return failure({ code: 'INTERNAL', message: 'unexpected error; see the log' });
    }
  };
}

const failure = (error: ApiError): Result<never> => ({ ok: false, error });
