import type { z } from 'zod';
import type { FieldIssue } from '../../../core/errors';

/**
 * The contract's own check of what a form would send, as the service would report it: field issues
 * with i18n keys (a message zod wrote itself is shown as "invalid").
 */
export function contractIssues(schema: z.ZodType, input: unknown): FieldIssue[] {
  const parsed = schema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message.startsWith('validation.') ? i.message : 'validation.invalid',
  }));
}
