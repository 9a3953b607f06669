// A handover waiting for read-back is news to the agent who signs in: one notification, which opens the
// read-back list. Nobody is told of their own handover.
import type { AgentRef, Language } from '../../core/domain';
import type { PendingHandover } from '../../core/handover';
import { translatorFor } from '../../core/i18n/translate';
import type { DesktopNotice } from '../../core/shell-commands';

export function signInNotice(
  before: AgentRef | null,
  after: AgentRef | null,
  pending: readonly PendingHandover[],
  language: Language,
): DesktopNotice | null {
  if (!after || before?.id === after.id) return null;
  const waiting = pending.filter((h) => h.fromAgent.id !== after.id);
  const newest = waiting.reduce<PendingHandover | null>(
    (a, h) => (a && a.createdAt >= h.createdAt ? a : h),
    null,
  );
  if (!newest) return null;
  const t = translatorFor(language);
  return {
    title: t('desktop.handover.title'),
    body: t('desktop.handover.body', { from: newest.fromAgent.name }),
    open: { kind: 'go', page: 'readBack' },
    tag: 'handover:read-back',
  };
}
