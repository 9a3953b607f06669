import { z } from 'zod';

export type { Agent } from './settings';

export const agentsListInput = z.object({}).strict();
