import { App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/cases';
import type { Escalation } from '../../../core/escalations';
import { formatDateTime } from '../../shared/format';
import { useStore } from '../../store';
import { draftFromSolution } from '../knowledge/article-drafts';
import { WriteArticleButton } from '../knowledge/WriteArticleButton';
import { EscalationDrawer } from './EscalationDrawer';
import { solutionOf, wantsArticle } from './escalation-solution';
import { HandoffStatusTag } from './labels';
import { UpdateMenu } from './UpdateMenu';

/** The case's escalations to 21Vianet, their later updates, and the escalation panel. */
export function CaseEscalations({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const entry = useStore((s) => (s.caseEscalations?.caseId === detail.id ? s.caseEscalations.data : null));
  const settings = useStore((s) => s.handoffSettings);
  const panelOpen = useStore((s) => s.escalationPanelFor === detail.id);
  const load = useStore((s) => s.loadCaseEscalations);
  const loadSettings = useStore((s) => s.loadHandoffSettings);

  useEffect(() => {
    load(detail.id).catch(() => message.error(t('errors.INTERNAL')));
  }, [detail.id, load, message, t]);
  useEffect(() => {
    if (panelOpen) loadSettings().catch(() => message.error(t('errors.INTERNAL')));
  }, [panelOpen, loadSettings, message, t]);

  return (
    <>
      {entry && entry.escalations.length > 0 && (
        <Card
          size="small"
          title={t('escalation.cardTitle')}
          style={{ marginBottom: 12 }}
          data-testid="case-escalations"
        >
          {entry.escalations.map((e, i) => (
            <EscalationEntry key={e.id} escalation={e} first={i === 0} detail={detail} />
          ))}
        </Card>
      )}
      {panelOpen && entry && settings && (
        <EscalationDrawer detail={detail} data={entry} settings={settings} />
      )}
    </>
  );
}

function EscalationEntry({
  escalation: e,
  first,
  detail,
}: {
  escalation: Escalation;
  first: boolean;
  detail: CaseDetail;
}) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const solution = solutionOf(detail.events, e.id);
  const openPanel = useStore((s) => s.openEscalationPanel);
  const update = useStore((s) => s.updateEscalation);
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <div
      style={{
        borderTop: first ? undefined : '1px solid #f0f0f0',
        paddingTop: first ? 0 : 8,
        marginTop: first ? 0 : 8,
      }}
    >
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 4 }}>
        <Space size={6}>
          <HandoffStatusTag status={e.status} />
          {e.requestNumber ? (
            <Typography.Text copyable code>
              {e.requestNumber}
            </Typography.Text>
          ) : (
            e.queuedOffline && <Tag>{t('escalation.preparedOffline')}</Tag>
          )}
        </Space>
        {e.status === 'draft' ? (
          <Button size="small" type="primary" onClick={() => openPanel(e.caseId)}>
            {t('escalation.continue')}
          </Button>
        ) : (
          <UpdateMenu status={e.status} onUpdate={(to, note) => update(e, to, note)} />
        )}
      </Space>
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: 110 } }}
        items={[
          {
            key: 'severity',
            label: t('escalation.severity'),
            children: e.vianetSeverity
              ? t('escalation.severityGiven', {
                  asked: t(`severities.${e.severity}`),
                  given: t(`severities.${e.vianetSeverity}`),
                })
              : t(`severities.${e.severity}`),
          },
          { key: 'contact', label: t('handoff.vianetContact'), children: e.vianetContact ?? none },
          {
            key: 'reasons',
            label: t('escalation.reasons'),
            children: (
              <Space size={4} wrap>
                {e.reasons.map((r) => (
                  <Tag key={r.reason} title={r.evidence} style={{ marginInlineEnd: 0 }}>
                    {t(`escalationReasons.${r.reason}`)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            key: 'when',
            label: e.submittedAt ? t('escalation.submittedAt') : t('escalation.preparedAt'),
            children: `${formatDateTime(e.submittedAt ?? e.createdAt)} · ${e.agentName}`,
          },
        ]}
      />
      {wantsArticle(e, solution) && (
        <div style={{ marginTop: 8 }}>
          <WriteArticleButton
            label={t('knowledge.fromEscalation.write')}
            draft={() => draftFromSolution(t, language, detail, solution)}
          />
        </div>
      )}
    </div>
  );
}
