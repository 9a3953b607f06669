// The desk's SLA policy as a setting: its schema, and how a stored value is read back. Pure.
import { z } from 'zod';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from './sla';
import { MINUTES_PER_DAY } from './time';

/** 90 days: longer than any target a desk writes, short enough to catch a unit mistake (hours for minutes). */
export const MAX_TARGET_MIN = 90 * MINUTES_PER_DAY;
/** A warning more than a day ahead is not a warning. */
export const MAX_WARNING_MIN = MINUTES_PER_DAY;
export const MAX_WARNINGS = 5;

const minutes = (max: number) =>
  z
    .number({ message: 'validation.required' })
    .int('validation.invalid')
    .min(1, 'validation.invalid')
    .max(max, 'validation.invalid');

const targets = z
  .object({
    firstResponseMin: minutes(MAX_TARGET_MIN),
    nextUpdateMin: minutes(MAX_TARGET_MIN),
    resolutionMin: minutes(MAX_TARGET_MIN),
  })
  .strict();

export const slaPolicySchema = z
  .object({
    targets: z.object({ A: targets, B: targets, C: targets }).strict(),
    pauseOnCustomer: z.boolean(),
    pauseOn21v: z.boolean(),
    warnBeforeMin: z
      .array(minutes(MAX_WARNING_MIN))
      .max(MAX_WARNINGS, 'validation.invalid')
      .refine((list) => new Set(list).size === list.length, 'validation.invalid')
      // Largest first, as the settings card lists them and the warnings fire.
      .transform((list) => [...list].sort((a, b) => b - a)),
  })
  .strict();

/**
 * The policy a stored setting stands for: a valid stored policy as it is, anything else (nothing stored,
 * an older shape, a hand-edited file) as the defaults, so that the clocks always have a whole policy.
 */
export function policyFrom(stored: unknown): SlaPolicy {
  const parsed = slaPolicySchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_SLA_POLICY;
}

export interface SlaPolicyChange {
  policy: SlaPolicy;
  /** Open cases whose clocks are recomputed under the new policy (by the SLA watch, a chunk at a time). */
  recomputed: number;
}
