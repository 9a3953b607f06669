// What the desktop shell (menu, tray, notification, deep link, opened file) asks the page to do, and what a
// browser-mode notification's click does in the page: one vocabulary, checked where it arrives.
import { z } from 'zod';
import { CASE_NUMBER_PATTERN } from './case-number';
import { MAX_HANDOVER_FILE_CHARS } from './handover-file';
import { id } from './validation';

/** The pages the menu and the tray lead to. */
export const SHELL_PAGES = ['now', 'cases', 'handover', 'readBack', 'settings'] as const;
export type ShellPage = (typeof SHELL_PAGES)[number];

export const shellCommand = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('go'), page: z.enum(SHELL_PAGES) }).strict(),
  z.object({ kind: z.literal('newCase') }).strict(),
  z.object({ kind: z.literal('search') }).strict(),
  z.object({ kind: z.literal('switchAgent') }).strict(),
  z.object({ kind: z.literal('signOut') }).strict(),
  z.object({ kind: z.literal('openCase'), caseId: id }).strict(),
  z.object({ kind: z.literal('openCaseNumber'), number: z.string().regex(CASE_NUMBER_PATTERN) }).strict(),
  z
    .object({
      kind: z.literal('importHandover'),
      fileName: z.string().max(255),
      text: z.string().max(MAX_HANDOVER_FILE_CHARS),
    })
    .strict(),
]);
export type ShellCommand = z.infer<typeof shellCommand>;

/** A desktop notification (SLA warnings and breaches, a handover to read back) and what its click does. */
export interface DesktopNotice {
  title: string;
  body: string;
  open: ShellCommand;
  /** A later notice with the same tag replaces the earlier one. */
  tag: string;
}
