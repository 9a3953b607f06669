import { z } from 'zod';
import { LANGUAGES, type Language } from './domain';

export interface Settings {
  language: Language;
}

export const settingsGetInput = z.object({}).strict();
export const settingsUpdateInput = z.object({ language: z.enum(LANGUAGES).optional() }).strict();

export interface Agent {
  id: string;
  name: string;
  role: 'agent' | 'lead';
}

export interface AppInfo {
  version: string;
  /** The agent every event is attributed to. */
  agent: Agent;
}
export const appInfoInput = z.object({}).strict();
