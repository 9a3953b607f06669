// Importing Markdown files into the knowledge base, merged by id: a known id makes a new revision of that
// article, an unknown one (or none) a new article; a file that changes nothing is unchanged. The plan is
// pure, so that the preview and the import (which plans again inside its transaction) always agree.
import { z } from 'zod';
import type { Language } from './domain';
import {
  changedParts,
  contentOf,
  DEFAULT_REVIEW_DAYS,
  NEXT_STATUSES,
  type Article,
  type ArticleContent,
  type ArticlePart,
} from './knowledge';
import type { ArticleFile, ImportRefusal } from './knowledge-markdown';
import { noInput, reads, writes } from './operation';

/** Files in one import: both versions of a thousand articles. */
export const MAX_IMPORT_FILES = 2_000;
/** One file: the longest body (50,000 characters, 3 bytes each in UTF-8) and its front matter. */
export const MAX_IMPORT_FILE_BYTES = 160_000;
/** All files together, so that one import stays one quick transaction. */
export const MAX_IMPORT_TOTAL_BYTES = 24_000_000;

/** A file as the page hands it over: its bytes as base64 (read by the service), or only its size. */
const importFile = z
  .object({
    name: z.string().max(255),
    /** Absent when the page found the file too large to send. */
    base64: z
      .string()
      .max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/)
      .optional(),
    size: z.number().int().min(0),
  })
  .strict();

/** One article the import adds or changes (or leaves as it is), named for the preview. */
export interface ImportPlanItem {
  /** Null for a new article without an id (it gets one when written). */
  id: string | null;
  title: string;
  languages: Language[];
  files: string[];
  /** The revision it is at here; 0 for a new one. */
  revision: number;
  changes: ArticlePart[];
}

export interface ImportPreview {
  added: ImportPlanItem[];
  updated: ImportPlanItem[];
  unchanged: ImportPlanItem[];
  refused: ImportRefusal[];
  /** What the import will check it still holds (ImportInput.basis). */
  basis: Record<string, number>;
}

export interface ImportOutcome {
  added: number;
  updated: number;
  unchanged: number;
  refused: number;
}

/** A planned write: the item and the content it saves. */
export interface PlannedWrite extends ImportPlanItem {
  before: Article | null;
  content: ArticleContent;
}

export interface ImportPlan {
  writes: PlannedWrite[];
  unchanged: ImportPlanItem[];
  refused: ImportRefusal[];
}

/** The fields both versions of one article share: two files of it must agree on each. */
const SHARED = ['kind', 'audience', 'supportArea', 'service', 'tags', 'status'] as const;
const LINE_KEY = { supportArea: 'area' } as const;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The files of one article, or the refusals that keep it out. */
function checkGroup(files: ArticleFile[], serviceKnown: (name: string) => boolean): ImportRefusal[] {
  const refusals: ImportRefusal[] = [];
  const seen = new Map<Language, string>();
  for (const f of files) {
    const earlier = seen.get(f.language);
    if (earlier)
      refusals.push({
        file: f.file,
        line: f.lines.language ?? null,
        reason: 'duplicateFile',
        detail: earlier,
      });
    seen.set(f.language, f.file);
  }
  const [first, ...rest] = files;
  for (const f of rest) {
    for (const key of SHARED) {
      if (sameValue(f[key], first![key])) continue;
      const lineKey = key === 'supportArea' ? LINE_KEY.supportArea : key;
      refusals.push({
        file: f.file,
        line: f.lines[lineKey] ?? null,
        reason: 'disagrees',
        detail: first!.file,
      });
    }
  }
  for (const f of files) {
    if (f.service !== null && !serviceKnown(f.service)) {
      refusals.push({
        file: f.file,
        line: f.lines.service ?? null,
        reason: 'unknownService',
        detail: f.service,
      });
    }
  }
  return refusals;
}

/** The content the files make of the article (its other language kept as it is here). */
function mergedContent(files: ArticleFile[], before: Article | null): ArticleContent {
  const first = files[0]!;
  const versions = before
    ? { 'zh-CN': { ...before.versions['zh-CN'] }, en: { ...before.versions.en } }
    : { 'zh-CN': { title: '', body: '' }, en: { title: '', body: '' } };
  for (const f of files) versions[f.language] = { title: f.title, body: f.body };
  return {
    versions,
    kind: first.kind,
    audience: first.audience,
    supportArea: first.supportArea,
    service: first.service,
    tags: first.tags,
    reviewDays: before?.reviewDays ?? DEFAULT_REVIEW_DAYS,
    status: first.status,
  };
}

/**
 * What importing the files does here: `existing` reads an article by id, `serviceKnown` says whether the
 * service catalogue holds a service. Files that failed to parse come in as their refusals.
 */
export function planImport(
  files: readonly ArticleFile[],
  parseRefusals: readonly ImportRefusal[],
  existing: (id: string) => Article | undefined,
  serviceKnown: (name: string) => boolean,
): ImportPlan {
  const plan: ImportPlan = { writes: [], unchanged: [], refused: [...parseRefusals] };
  const groups = new Map<string, ArticleFile[]>();
  files.forEach((f, i) => {
    const key = f.id ?? `new:${i}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  });
  for (const group of groups.values()) {
    const refusals = checkGroup(group, serviceKnown);
    const id = group[0]!.id;
    const before = (id && existing(id)) || null;
    const content = refusals.length ? null : mergedContent(group, before);
    if (content && before && content.status !== before.status) {
      if (!NEXT_STATUSES[before.status].includes(content.status)) {
        for (const f of group) {
          refusals.push({
            file: f.file,
            line: f.lines.status ?? null,
            reason: 'statusChange',
            detail: `${before.status} → ${content.status}`,
          });
        }
      }
    }
    if (refusals.length || !content) {
      plan.refused.push(...refusals);
      continue;
    }
    const changes = changedParts(before && contentOf(before), content);
    const item: ImportPlanItem = {
      id,
      title: group[0]!.title,
      languages: group.map((f) => f.language),
      files: group.map((f) => f.file),
      revision: before?.revision ?? 0,
      changes,
    };
    if (before && !changes.length) plan.unchanged.push(item);
    else plan.writes.push({ ...item, before, content });
  }
  return plan;
}

/** How many files the refusals name (a file may be refused for several lines). */
export const refusedFiles = (refusals: readonly ImportRefusal[]) => new Set(refusals.map((r) => r.file)).size;

/** The plan as the preview shows it, with what the import will check it still holds. */
export function previewOf(plan: ImportPlan): ImportPreview {
  const strip = ({ before: _b, content: _c, ...item }: PlannedWrite): ImportPlanItem => item;
  const basis: Record<string, number> = {};
  for (const item of [...plan.writes, ...plan.unchanged]) if (item.id) basis[item.id] = item.revision;
  return {
    added: plan.writes.filter((w) => !w.before).map(strip),
    updated: plan.writes.filter((w) => w.before).map(strip),
    unchanged: plan.unchanged,
    refused: plan.refused,
    basis,
  };
}

/** The export: one file per article per written language; saved by the desktop app itself, if it can. */
export interface KnowledgeExport {
  files: { name: string; text: string }[];
  /** The desktop app asks for a folder and writes the files there; the page downloads them otherwise. */
  savedByApp: boolean;
}

/**
 * The knowledge base as Markdown files, out and back in. Implemented by electron/services/knowledge-io.ts.
 */
export const knowledgeIoOperations = {
  'articles.export': reads<KnowledgeExport>()(noInput),
  /** What importing the files would add, update, leave and refuse; writes nothing. */
  'articles.importPreview': reads<ImportPreview>()(
    z.object({ files: z.array(importFile).min(1).max(MAX_IMPORT_FILES) }).strict(),
  ),
  /** Imports the files as previewed, in one transaction; CONFLICT if an article changed since. */
  'articles.import': writes<ImportOutcome>()(
    z
      .object({
        files: z.array(importFile).min(1).max(MAX_IMPORT_FILES),
        /** Each article the preview named by id, at the revision it showed (0: not here yet). */
        basis: z.record(z.string().max(40), z.number().int().min(0)),
      })
      .strict(),
  ),
};
