// The knowledge base as Markdown files, out and back in. Implemented by electron/services/knowledge-io.ts.
import { z } from 'zod';
import {
  articlesImportInput,
  articlesImportPreviewInput,
  type ImportOutcome,
  type ImportPreview,
} from '../knowledge-import';
import { reads, writes } from '../operation';

/** The export: one file per article per written language; saved by the desktop app itself, if it can. */
export interface KnowledgeExport {
  files: { name: string; text: string }[];
  /** The desktop app asks for a folder and writes the files there; the page downloads them otherwise. */
  savedByApp: boolean;
}

export const knowledgeIoOperations = {
  'articles.export': reads<KnowledgeExport>()(z.object({}).strict()),
  /** What importing the files would add, update, leave and refuse; writes nothing. */
  'articles.importPreview': reads<ImportPreview>()(articlesImportPreviewInput),
  /** Imports the files as previewed, in one transaction; CONFLICT if an article changed since. */
  'articles.import': writes<ImportOutcome>()(articlesImportInput),
};
