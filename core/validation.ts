import { z } from 'zod';
import { isLocalDate } from './local-time';

// Messages are i18n keys so that the UI can show them in the agent's language next to the field.
export const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

export const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong');

export const id = z.string().uuid('validation.invalidId');

export const tenantDomain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253, 'validation.tooLong')
  .regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/, 'validation.domain');

export const pageLimit = z.number().int().min(1).max(500).default(100);

/** A calendar day written YYYY-MM-DD (core/local-time.ts). */
export const localDate = z
  .string({ message: 'validation.required' })
  .max(20, 'validation.tooLong')
  .refine((text) => isLocalDate(text), 'validation.invalid');
