// Articles begun from what the desk keeps escalating: a repeated topic of the escalation report, or an
// escalation for missing documentation once 21Vianet has given its solution. The draft names the cases as
// links the app follows (`#/cases/<id>`, markdown.ts), and is internal until the agent decides otherwise.
import type { TFunction } from 'i18next';
import type { Language, SupportArea } from '../../../core/domain';
import type { RepeatedTopic } from '../../../core/escalation-report';
import type { ArticleValues } from './article-form';

const caseLink = (c: { caseId: string; caseNumber: string }) => `[${c.caseNumber}](#/cases/${c.caseId})`;

/** The draft's title and body in the interface's language; the other version is left to write. */
function draft(
  language: Language,
  fields: { title: string; body: string; supportArea: SupportArea; service: string | null },
): Partial<ArticleValues> {
  const { title, body, supportArea, service } = fields;
  const version = language === 'en' ? { titleEn: title, bodyEn: body } : { titleZh: title, bodyZh: body };
  return { ...version, kind: 'known_issue', audience: 'internal', supportArea, service };
}

export function draftFromTopic(t: TFunction, language: Language, topic: RepeatedTopic) {
  const lines = topic.escalations.map((e) => `- ${caseLink(e)} ${e.title}`);
  return draft(language, {
    title: topic.title,
    body: `${t('knowledge.fromEscalation.cases')}\n\n${lines.join('\n')}\n`,
    supportArea: topic.supportArea,
    service: topic.service,
  });
}

export function draftFromSolution(
  t: TFunction,
  language: Language,
  c: { id: string; number: string; title: string; supportArea: SupportArea; service: string },
  solution: string,
) {
  const body = [
    t('knowledge.fromEscalation.solution'),
    '',
    solution,
    '',
    `${t('knowledge.fromEscalation.case')} ${caseLink({ caseId: c.id, caseNumber: c.number })}`,
    '',
  ].join('\n');
  return draft(language, { title: c.title, body, supportArea: c.supportArea, service: c.service });
}
