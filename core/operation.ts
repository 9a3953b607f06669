// How a domain declares an operation of the contract: its input schema, its result type, and its access.
// Each domain's core module ends with a record of these (`<domain>Operations`), each operation declared with
// its input schema; core/api.ts combines them into the contract.
import { z } from 'zod';

/** Whether an operation only reads the case log, or records something in it. */
export type Access = 'read' | 'write';

export interface OperationDeclaration<S extends z.ZodType = z.ZodType, R = unknown> {
  readonly input: S;
  readonly access: Access;
  /**
   * Refused (SIGN_IN_REQUIRED) while nobody is signed in at the terminal: every change is attributed to the
   * signed-in agent. Reads never need it.
   */
  readonly needsSignIn: boolean;
  /** Phantom: carries the result type only. */
  readonly result?: R;
}

/**
 * For the few writes that no agent answers for: the interface language, signing in itself, and the SLA
 * watch, which records warnings and breaches around the clock whoever is (or is not) at the desk.
 */
export const ANYONE = 'anyone';

/** The input of an operation that takes none: an empty object, nothing more. */
export const noInput = z.object({}).strict();

/** An operation that only reads; it answers whether or not anyone is signed in. */
export const reads =
  <R>() =>
  <S extends z.ZodType>(input: S): OperationDeclaration<S, R> => ({
    input,
    access: 'read',
    needsSignIn: false,
  });

/** An operation that records something, attributed to the agent signed in at the terminal. */
export const writes =
  <R>() =>
  <S extends z.ZodType>(
    input: S,
    by: 'signed-in' | typeof ANYONE = 'signed-in',
  ): OperationDeclaration<S, R> => ({
    input,
    access: 'write',
    needsSignIn: by === 'signed-in',
  });
