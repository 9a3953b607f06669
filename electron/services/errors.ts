import type { ErrorCode, FieldIssue } from '../../core/errors';

/** A domain failure with a code the UI understands; anything else becomes INTERNAL. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const notFound = (what: string, id: string) =>
  new ServiceError('NOT_FOUND', `${what} ${id} not found`);
/** `value` when there is one; otherwise NOT_FOUND for the `what` of that id. */
export function orNotFound<T>(value: T | null | undefined, what: string, id: string): T {
  if (!value) throw notFound(what, id);
  return value;
}
export const conflict = (message: string) => new ServiceError('CONFLICT', message);

/** A rule that a schema cannot express, reported against one field like a schema error. */
export const invalidField = (path: string, messageKey: string, message: string) =>
  new ServiceError('VALIDATION', message, [{ path, message: messageKey }]);
