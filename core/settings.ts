import { z } from 'zod';
import { MAX_ATTACHMENT_LIMIT_MB } from './attachment-limits';
import type { Agent } from './agents';
import { LANGUAGES, type Language } from './domain';
import { ANYONE, noInput, reads, writes } from './operation';

export interface Settings {
  language: Language;
  /** The largest file an agent may attach, in MB. */
  attachmentLimitMb: number;
}

export interface AppInfo {
  version: string;
  /** The agent every event is attributed to. */
  agent: Agent;
}

/** The app itself and its settings. Implemented by electron/services/settings.ts. */
export const settingsOperations = {
  'app.info': reads<AppInfo>()(noInput),
  'settings.get': reads<Settings>()(noInput),
  'settings.update': writes<Settings>()(
    z
      .object({
        language: z.enum(LANGUAGES).optional(),
        attachmentLimitMb: z
          .number({ message: 'validation.required' })
          .int('validation.invalid')
          .min(1, 'validation.invalid')
          .max(MAX_ATTACHMENT_LIMIT_MB, 'validation.invalid')
          .optional(),
      })
      .strict(),
    ANYONE,
  ),
};
