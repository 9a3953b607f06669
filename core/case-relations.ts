// Tags and links on a case, and the open cases like one being logged: their operations.
import { z } from 'zod';
import { type CaseDetail, LINK_KINDS, type SimilarCase, type TagCount } from './cases';
import { reads, writes } from './operation';
import { id, optionalText } from './validation';

/** Free text, trimmed, inner runs of spaces collapsed. */
export const tagText = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(40, 'validation.tooLong')
  .transform((tag) => tag.replace(/\s+/g, ' '));
const caseTagInput = z.object({ caseId: id, tag: tagText });

/** Tags on cases. Implemented by electron/services/case-tags.ts. */
export const caseTagsOperations = {
  'cases.addTag': writes<CaseDetail>()(caseTagInput),
  'cases.removeTag': writes<CaseDetail>()(caseTagInput),
  'tags.suggest': reads<TagCount[]>()(
    z.object({
      query: optionalText(40).default(''),
      limit: z.number().int().min(1).max(50).default(10),
    }),
  ),
};

/** Links between cases. Implemented by electron/services/case-links.ts. */
export const caseLinksOperations = {
  'cases.link': writes<CaseDetail>()(
    z.object({
      caseId: id,
      otherId: id,
      kind: z.enum(LINK_KINDS, { message: 'validation.choose' }),
    }),
  ),
  'cases.unlink': writes<CaseDetail>()(z.object({ caseId: id, otherId: id })),
};

/** Open cases like the one being logged. Implemented by electron/services/similar-cases.ts. */
export const similarCasesOperations = {
  'cases.similarOpen': reads<SimilarCase[]>()(
    z.object({
      customerId: id,
      title: z.string().trim().max(200),
      /** The case being edited, never its own duplicate. */
      excludeId: id.optional(),
      limit: z.number().int().min(1).max(20).default(5),
    }),
  ),
};
