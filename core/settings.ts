import { z } from 'zod';
import { MAX_ATTACHMENT_LIMIT_MB } from './attachment-limits';
import type { Agent } from './agents';
import { LANGUAGES, type Language } from './domain';

export interface Settings {
  language: Language;
  /** The largest file an agent may attach, in MB. */
  attachmentLimitMb: number;
}

export const settingsGetInput = z.object({}).strict();
export const settingsUpdateInput = z
  .object({
    language: z.enum(LANGUAGES).optional(),
    attachmentLimitMb: z
      .number({ message: 'validation.required' })
      .int('validation.invalid')
      .min(1, 'validation.invalid')
      .max(MAX_ATTACHMENT_LIMIT_MB, 'validation.invalid')
      .optional(),
  })
  .strict();

export interface AppInfo {
  version: string;
  /** The agent every event is attributed to. */
  agent: Agent;
}
export const appInfoInput = z.object({}).strict();
