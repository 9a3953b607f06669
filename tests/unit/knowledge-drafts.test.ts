import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { RepeatedTopic } from '../../core/escalation-report';
import { draftFromSolution, draftFromTopic } from '../../renderer/features/knowledge/article-drafts';
import { renderMarkdown } from '../../renderer/features/knowledge/markdown';

const t = ((key: string) => `<${key.split('.').pop()}>`) as unknown as TFunction;
const ID = (n: number) => `0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5${n}`;

const TOPIC: RepeatedTopic = {
  service: 'office365',
  supportArea: 'accounts_billing',
  title: 'Invoice shows duplicate licences',
  count: 2,
  escalations: [1, 2].map((n) => ({
    id: `e${n}`,
    caseId: ID(n),
    caseNumber: `SD-2026-00000${n}`,
    title: `Invoice ${n}`,
    submittedAt: 0,
  })),
};

describe('articles drafted from escalations', () => {
  it('name a repeated topic, its area and service, and link each of its cases in the app', () => {
    const draft = draftFromTopic(t, 'en', TOPIC);
    expect(draft).toEqual({
      titleEn: TOPIC.title,
      bodyEn: `<cases>\n\n- [SD-2026-000001](#/cases/${ID(1)}) Invoice 1\n- [SD-2026-000002](#/cases/${ID(2)}) Invoice 2\n`,
      kind: 'known_issue',
      audience: 'internal',
      supportArea: 'accounts_billing',
      service: 'office365',
    });
    expect(renderMarkdown(draft.bodyEn!)).toContain(`<a href="#/cases/${ID(1)}">SD-2026-000001</a>`);
  });

  it("write 21Vianet's solution under the case's title, in the interface's language", () => {
    const c = {
      id: ID(3),
      number: 'SD-2026-000003',
      title: 'Excel 崩溃',
      supportArea: 'updates',
      service: 'azure',
    } as const;
    expect(draftFromSolution(t, 'zh-CN', c, '重装 Office')).toEqual({
      titleZh: 'Excel 崩溃',
      bodyZh: `<solution>\n\n重装 Office\n\n<case> [SD-2026-000003](#/cases/${ID(3)})\n`,
      kind: 'known_issue',
      audience: 'internal',
      supportArea: 'updates',
      service: 'azure',
    });
  });
});
