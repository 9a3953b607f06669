import { App, Card, Col, Result, Row, Skeleton, Typography } from 'antd';
import { BackLink } from '../../shared/BackLink';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHotkey } from '../../lib/use-hotkey';
import { useStore } from '../../store';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import { CaseEscalations } from '../escalations/CaseEscalations';
import { SlaCard } from '../sla/SlaCard';
import { CaseHeader } from './CaseHeader';
import { DetailsCard } from './DetailsCard';
import { EditCaseModal } from './EditCaseModal';
import { errorText } from '../../shared/error-text';
import { LinksCard } from './LinksCard';
import { NoteComposer } from './NoteComposer';
import { ArticleSuggestions } from '../knowledge/ArticleSuggestions';
import { TagsCard } from './TagsCard';
import { Timeline } from './Timeline';
import { useLoad } from '../../shared/use-load';

export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const openCase = useStore((s) => (s.openCase?.id === id ? s.openCase : null));
  const loadCase = useStore((s) => s.loadCase);
  const loadCaseContext = useStore((s) => s.loadCaseContext);
  const navigate = useStore((s) => s.navigate);
  const me = useStore((s) => s.agent);
  const assign = useStore((s) => s.assign);
  const [editing, setEditing] = useState(false);
  const page = useRef<HTMLDivElement>(null);
  const detail = openCase?.detail;
  const shownId = detail?.id;

  // Loaded again when changes from other workstations arrive (team sync).
  const remoteEpoch = useStore((s) => s.remoteEpoch);
  useEffect(() => {
    loadCase(id).catch(() => message.error(t('errors.INTERNAL')));
  }, [id, loadCase, message, t, remoteEpoch]);
  // A newly opened case takes the focus (from the list, the language switch, a link), so that its keys
  // work at once and a screen reader announces it.
  useEffect(() => {
    if (shownId) page.current?.focus({ preventScroll: true });
  }, [shownId]);
  useLoad(loadCaseContext);

  const assignToMe = () => {
    if (!detail || !me || detail.owner?.id === me.id) return;
    assign(detail, me.id).catch((error: unknown) => {
      message.error(errorText(t, error));
      void loadCase(detail.id);
    });
  };
  useHotkey('editCase', () => setEditing(true), Boolean(detail));
  useHotkey('assignToMe', assignToMe, Boolean(detail));

  const back = <BackLink to={{ name: 'cases' }} label={t('cases.back')} />;
  if (openCase?.missing) return <Result status="404" subTitle={t('cases.notFound')} extra={back} />;
  if (!detail) return <Skeleton active />;

  return (
    <div ref={page} tabIndex={-1} aria-label={detail.number} style={{ maxWidth: 1280, outline: 'none' }}>
      {back}
      <CaseHeader detail={detail} onEdit={() => setEditing(true)} onAssignToMe={assignToMe} />
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <DetailsCard detail={detail} onEdit={() => setEditing(true)} />
          <CaseEscalations detail={detail} />
          <Card size="small" title={t('cases.description')} style={{ marginBottom: 12 }}>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', margin: 0 }}
              type={detail.description ? undefined : 'secondary'}
            >
              {detail.description || t('cases.noDescription')}
            </Typography.Paragraph>
          </Card>
          <ArticleSuggestions
            text={`${detail.title}\n${detail.description}`}
            detail={detail}
            onOpen={(id) => navigate({ name: 'article', id })}
          />
          <TagsCard detail={detail} />
          <LinksCard detail={detail} />
          <AttachmentsCard detail={detail} />
        </Col>
        <Col xs={24} lg={15}>
          <SlaCard detail={detail} />
          <Card size="small" title={t('cases.timeline')}>
            <Timeline detail={detail} />
            <NoteComposer key={detail.id} detail={detail} />
          </Card>
        </Col>
      </Row>
      <EditCaseModal detail={detail} open={editing} onClose={() => setEditing(false)} />
    </div>
  );
}
