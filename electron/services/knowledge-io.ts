// The knowledge base out as Markdown files and back in, merged by id (core/knowledge-import.ts). Files
// come from outside: each is bounded in size, decoded as strict UTF-8, and parsed by the pure layer, which
// refuses what no export could hold; nothing is written until the agent confirms the preview, and then in
// one transaction that plans again and refuses if any article changed since the preview.
import type { ParsedInputOf } from '../../core/api';
import {
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_TOTAL_BYTES,
  planImport,
  previewOf,
  refusedFiles,
  type ImportPlan,
} from '../../core/knowledge-import';
import {
  articleFileName,
  articleToMarkdown,
  parseArticleMarkdown,
  writtenLanguages,
  type ArticleFile,
  type ImportRefusal,
} from '../../core/knowledge-markdown';
import type { KnowledgeExport, knowledgeIoOperations } from '../../core/knowledge-import';
import { uuidv7 } from '../../db/ids';
import { allArticles, getArticle } from '../../db/queries/articles';
import { serviceExists } from '../../db/queries/services';
import type { ServiceContext } from './context';
import { conflict } from './errors';
import type { Handlers } from './handlers';
import { writeRevision } from './knowledge';

type ImportFiles = ParsedInputOf<'articles.importPreview'>['files'];

/** Every article's written versions as files; the desktop app writes them into a folder the agent picks. */
export function exportArticles(ctx: ServiceContext): KnowledgeExport {
  const files = allArticles(ctx.db).flatMap((a) =>
    writtenLanguages(a).map((l) => ({ name: articleFileName(a.id, l), text: articleToMarkdown(a, l) })),
  );
  if (!ctx.platform.saveFiles) return { files, savedByApp: false };
  ctx.platform.saveFiles({ suggestedFolder: 'shiftdesk-knowledge', files }).catch((error: unknown) => {
    console.error('ShiftDesk: the knowledge base could not be exported', error);
  });
  return { files: [], savedByApp: true };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The files read and parsed: each one's article version, or why it is refused. */
export function readImportFiles(files: ImportFiles): { parsed: ArticleFile[]; refused: ImportRefusal[] } {
  const parsed: ArticleFile[] = [];
  const refused: ImportRefusal[] = [];
  let total = 0;
  for (const f of files) {
    // The name is shown, never used as a path; what a picker could not have sent is cut away.
    const file = f.name.slice(0, 120);
    const bytes = f.base64 === undefined ? null : Buffer.from(f.base64, 'base64');
    total += bytes?.length ?? f.size;
    if (!bytes || bytes.length > MAX_IMPORT_FILE_BYTES || total > MAX_IMPORT_TOTAL_BYTES) {
      refused.push({ file, line: null, reason: 'tooLarge' });
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      refused.push({ file, line: null, reason: 'notText' });
      continue;
    }
    const result = parseArticleMarkdown(file, text);
    if (result.ok) parsed.push(result.value);
    else refused.push(...result.refusals);
  }
  return { parsed, refused };
}

function plan(ctx: ServiceContext, files: ImportFiles): ImportPlan {
  const { parsed, refused } = readImportFiles(files);
  return planImport(
    parsed,
    refused,
    (id) => getArticle(ctx.db, id),
    (name) => serviceExists(ctx.db, name),
  );
}

/** Writes the plan: a new revision (by this agent, now) for each changed article, a new article for the rest. */
export function importArticles(ctx: ServiceContext, input: ParsedInputOf<'articles.import'>) {
  return ctx.db
    .transaction(() => {
      const planned = plan(ctx, input.files);
      for (const item of [...planned.writes, ...planned.unchanged]) {
        if (item.id && input.basis[item.id] !== item.revision) {
          throw conflict(`article ${item.id} changed since the preview`);
        }
      }
      const now = ctx.now();
      for (const w of planned.writes) {
        const publishing = w.content.status === 'published' && w.before?.status !== 'published';
        const reviewedAt = publishing ? now : (w.before?.reviewedAt ?? null);
        writeRevision(
          ctx,
          w.before,
          w.id ?? uuidv7(now),
          w.content,
          reviewedAt,
          publishing ? ['reviewed'] : [],
        );
      }
      const added = planned.writes.filter((w) => !w.before).length;
      return {
        added,
        updated: planned.writes.length - added,
        unchanged: planned.unchanged.length,
        refused: refusedFiles(planned.refused),
      };
    })
    .immediate();
}

/** The operations of core/knowledge-import.ts (`knowledgeIoOperations`), bound to the functions above. */
export const knowledgeIoHandlers: Handlers<typeof knowledgeIoOperations> = {
  'articles.export': (ctx) => exportArticles(ctx),
  'articles.importPreview': (ctx, input) => previewOf(plan(ctx, input.files)),
  'articles.import': importArticles,
};
