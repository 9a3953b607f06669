import type { TFunction } from 'i18next';
import type { CaseEvent } from '../../../core/cases';
import { formatSize } from '../attachments/file-size';
import { describeEscalationEvent } from '../escalations/describe-escalation-event';
import { describeBreach } from '../sla/describe-breach';

/** Values of enumerated fields are shown by their label, free text as it is. */
function fieldValue(t: TFunction, field: string, value: string): string {
  const prefix = {
    supportArea: 'supportAreas',
    service: 'services',
    severity: 'severities',
    channel: 'channels',
  }[field];
  return prefix ? t(`${prefix}.${value}`, { defaultValue: value }) : value;
}

/** One line saying what happened, after the agent's name. */
export function describeEvent(t: TFunction, event: CaseEvent): string {
  switch (event.kind) {
    case 'status_changed':
      return t('events.status_changed', {
        from: t(`statuses.${event.payload.from}`),
        to: t(`statuses.${event.payload.to}`),
      });
    case 'call':
      return t(`events.call_${event.payload.direction}`, { minutes: event.payload.minutes });
    case 'assigned': {
      const { from, to } = event.payload;
      if (!to) return t('events.unassigned', { from: from?.name ?? '' });
      return from
        ? t('events.reassigned', { from: from.name, to: to.name })
        : t('events.assigned', { to: to.name });
    }
    case 'field_changed':
      return event.payload.field === 'description'
        ? t('events.description_changed')
        : t('events.field_changed', {
            field: t(`fields.${event.payload.field}`),
            from: fieldValue(t, event.payload.field, event.payload.from),
            to: fieldValue(t, event.payload.field, event.payload.to),
          });
    case 'tag_added':
    case 'tag_removed':
      return t(`events.${event.kind}`, { tag: event.payload.tag });
    case 'link_added':
    case 'link_removed': {
      const { kind, direction, otherNumber } = event.payload;
      const how = kind === 'duplicate_of' ? `duplicate_${direction}` : 'related';
      return t(`events.${event.kind}_${how}`, { number: otherNumber });
    }
    case 'attachment_added':
      return t('events.attachment_added', { name: event.payload.name, size: formatSize(event.payload.size) });
    case 'escalation_submitted':
    case 'escalation_updated':
      return describeEscalationEvent(t, event);
    case 'sla_breached':
      return describeBreach(t, event.payload);
    case 'article_solved':
      return t('knowledge.event.solved', { title: event.payload.title });
    case 'reply': {
      const sent = event.payload.article;
      if (!sent) return t('events.reply');
      return sent.to
        ? t('knowledge.event.sent', { title: sent.title, to: sent.to })
        : t('knowledge.event.sentNoContact', { title: sent.title });
    }
    default:
      return t(`events.${event.kind}`);
  }
}
