import type { z } from 'zod';
import type { OperationDeclaration } from '../../core/operation';
import type { ServiceContext } from './context';

/**
 * The service functions behind a domain's declared operations, one per operation: a missing, extra or
 * mistyped one fails to compile.
 */
export type Handlers<D extends Record<string, OperationDeclaration>> = {
  [K in keyof D]: (ctx: ServiceContext, input: z.output<D[K]['input']>) => NonNullable<D[K]['result']>;
};
