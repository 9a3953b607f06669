import { ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../lib/api';
import { useStore } from '../../store';
import type { PlanEdit } from './compose-state';
import { CasePlanTable } from './CasePlanTable';
import { NotesSection } from './NotesSection';
import { SectionCard } from './SectionCard';
import { SummaryBar } from './SummaryBar';
import { useCompose } from './use-compose';
import { useRefusalText } from './use-refusal-text';
import { WatchSection } from './WatchSection';
import { useLoad } from '../../shared/use-load';

/** The outgoing agent writes the handover: a plan for every open case, watch items, notes; then submits. */
export function ComposeTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refusal = useRefusalText();
  const agents = useStore((s) => s.agents);
  const loadCaseContext = useStore((s) => s.loadCaseContext);
  const navigate = useStore((s) => s.navigate);
  const compose = useCompose();
  const { doc, edits, issues, showFieldIssues: show, update } = compose;
  const [failed, setFailed] = useState(false);

  useLoad(loadCaseContext);

  if (!doc || !edits) {
    if (!compose.loadFailed) return <Skeleton active />;
    const retry = (
      <Button onClick={() => void compose.refresh().catch(() => undefined)}>
        {t('handover.compose.retry')}
      </Button>
    );
    return <Result status="warning" subTitle={t('handover.compose.loadFailed')} extra={retry} />;
  }
  const total = issues.bySection.cases.length + issues.bySection.watch.length + issues.bySection.notes.length;
  const onPlan = (caseId: string, patch: Partial<PlanEdit>) =>
    update((e) => ({ ...e, plans: { ...e.plans, [caseId]: { ...e.plans[caseId]!, ...patch } } }));

  async function submit() {
    try {
      const id = await compose.submit();
      setFailed(false);
      message.success(t('handover.compose.submitted'));
      navigate({ name: 'handoverView', id });
    } catch (error) {
      setFailed(true);
      if (!(error instanceof ApiCallError && error.code === 'VALIDATION')) message.error(refusal(error));
    }
  }

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 10 }} wrap>
        <SummaryBar summary={doc.summary} carried={doc.previousId !== null} />
        <Space>
          <Button icon={<ReloadOutlined />} loading={compose.loading} onClick={() => void compose.refresh()}>
            {t('handover.compose.refresh')}
          </Button>
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={compose.submitting}
            onClick={() => void submit()}
          >
            {t('handover.compose.submit')}
          </Button>
        </Space>
      </Space>
      {failed && total > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 10 }}
          title={t('handover.compose.incomplete', { count: total })}
        />
      )}
      <SectionCard
        section="cases"
        title={t('handover.sections.casesCount', { count: doc.items.length })}
        issues={issues.bySection.cases}
        showIssues={show}
        none={edits.casesNone}
        onNone={doc.items.length === 0 ? (casesNone) => update((e) => ({ ...e, casesNone })) : null}
      >
        {doc.items.length === 0 ? (
          <Typography.Text type="secondary">{t('handover.compose.noOpenCases')}</Typography.Text>
        ) : (
          <CasePlanTable
            items={doc.items}
            plans={edits.plans}
            issues={issues}
            showIssues={show}
            agents={agents}
            now={compose.now}
            onPlan={onPlan}
          />
        )}
      </SectionCard>
      <WatchSection
        edits={edits}
        issues={issues.bySection.watch}
        byPath={issues.byPath}
        showIssues={show}
        update={update}
      />
      <NotesSection edits={edits} issues={issues.bySection.notes} showIssues={show} update={update} />
    </div>
  );
}
