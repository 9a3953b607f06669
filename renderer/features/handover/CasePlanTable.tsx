import { Switch, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../core/agents';
import type { HandoverItem } from '../../../core/handover';
import { useStore } from '../../store';
import { SeverityTag, StatusTag } from '../../shared/labels';
import type { IssueIndex, PlanEdit } from './compose-state';
import { dueLabel, timeToBreach } from './format';
import { ContingencyFields, NextActionField, OwnerDeadlineFields } from './PlanFields';
import { usePager } from '../../shared/page-links';

interface Props {
  items: HandoverItem[];
  plans: Record<string, PlanEdit>;
  issues: IssueIndex;
  showIssues: boolean;
  agents: readonly Agent[];
  now: number;
  onPlan(caseId: string, patch: Partial<PlanEdit>): void;
}

/** Every open case, most urgent first, with the plan the outgoing agent writes for it. */
export function CasePlanTable({ items, plans, issues, showIssues, agents, now, onPlan }: Props) {
  const pager = usePager(20);
  const { t } = useTranslation();
  const navigate = useStore((s) => s.navigate);
  const [onlyIncomplete, setOnlyIncomplete] = useState(false);
  const shown = onlyIncomplete ? items.filter((i) => issues.cases.has(i.caseId)) : items;

  const fieldProps = (item: HandoverItem) => ({
    number: item.number,
    plan: plans[item.caseId]!,
    error: (field: string) => (showIssues ? issues.byPath.get(`items.${item.caseId}.${field}`) : undefined),
    onChange: (patch: Partial<PlanEdit>) => onPlan(item.caseId, patch),
  });

  const columns: ColumnsType<HandoverItem> = [
    {
      title: t('handover.columns.severity'),
      dataIndex: 'severity',
      width: 92,
      render: (_, item) => <SeverityTag severity={item.severity} />,
    },
    {
      title: t('handover.columns.case'),
      width: 210,
      render: (_, item) => (
        <div>
          <Typography.Link onClick={() => navigate({ name: 'case', id: item.caseId })}>
            {item.number}
          </Typography.Link>{' '}
          <Typography.Text>{item.title}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.customerName}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('handover.columns.statusDue'),
      width: 160,
      render: (_, item) => {
        const due = timeToBreach(t, item, now);
        const when = dueLabel(t, item, now);
        return (
          <Space orientation="vertical" size={2}>
            <StatusTag status={item.status} />
            {item.requestNumber && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <RequestLine text={t('handover.request', { number: MARK })} number={item.requestNumber} />
              </Typography.Text>
            )}
            <Typography.Text type={due.tone} style={{ fontSize: 12 }}>
              {due.text}
            </Typography.Text>
            {when && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {when}
              </Typography.Text>
            )}
          </Space>
        );
      },
    },
    {
      title: t('handover.columns.nextAction'),
      render: (_, item) => <NextActionField {...fieldProps(item)} />,
    },
    {
      title: t('handover.columns.ownerDeadline'),
      width: 190,
      render: (_, item) => <OwnerDeadlineFields {...fieldProps(item)} agents={agents} now={now} />,
    },
    {
      title: t('handover.columns.contingency'),
      width: 250,
      render: (_, item) => <ContingencyFields {...fieldProps(item)} />,
    },
  ];

  return (
    <>
      {items.length > 0 && (
        <Space style={{ marginBottom: 8 }}>
          <Switch
            size="small"
            checked={onlyIncomplete}
            onChange={setOnlyIncomplete}
            aria-label={t('handover.compose.onlyIncomplete')}
          />
          <Typography.Text>{t('handover.compose.onlyIncomplete')}</Typography.Text>
          <Typography.Text type="secondary">
            {t('handover.compose.incompleteCount', { count: items.length, done: issues.cases.size })}
          </Typography.Text>
        </Space>
      )}
      <Table
        size="small"
        rowKey="caseId"
        aria-label={t('handover.sections.cases')}
        columns={columns}
        dataSource={shown}
        tableLayout="fixed"
        scroll={{ x: 1100 }}
        pagination={pager}
        locale={{ emptyText: t('handover.compose.noOpenCases') }}
        onRow={(item) =>
          ({ 'data-testid': 'plan-row', 'data-case': item.number }) as HTMLAttributes<HTMLElement>
        }
      />
    </>
  );
}

/** Where the request number goes in the translated line. */
const MARK = '\u0000';

/** The line around a request number may wrap between words; the number itself never breaks. */
function RequestLine({ text, number }: { text: string; number: string }) {
  const [before, after] = text.split(MARK);
  return (
    <>
      {before}
      <span className="sd-nowrap">{number}</span>
      {after}
    </>
  );
}
