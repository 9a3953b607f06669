import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, Card, Checkbox, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverIssue } from '../../../core/handover-rules';

interface Props {
  section: 'cases' | 'watch' | 'notes';
  title: string;
  /** Every issue of the section (its own and its fields'). */
  issues: HandoverIssue[];
  /** Show the section's own message (content or "none") beside it. */
  showIssues: boolean;
  none: boolean;
  /** Null where "none" is not for the agent to choose (open cases exist). */
  onNone: ((none: boolean) => void) | null;
  extra?: ReactNode;
  children: ReactNode;
}

/**
 * One section of the handover, with its state beside the title (complete, or how many things are missing)
 * and the explicit "none" an empty section needs.
 */
export function SectionCard({ section, title, issues, showIssues, none, onNone, extra, children }: Props) {
  const { t } = useTranslation();
  const own = issues.find((i) => i.path === section);
  const state =
    issues.length === 0 ? (
      <Typography.Text type="success" style={{ fontSize: 12, fontWeight: 400 }}>
        <CheckCircleFilled /> {t('handover.compose.complete')}
      </Typography.Text>
    ) : (
      <Typography.Text type="warning" style={{ fontSize: 12, fontWeight: 400 }}>
        <ExclamationCircleFilled /> {t('handover.compose.missing', { count: issues.length })}
      </Typography.Text>
    );
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid={`section-${section}`}
      title={
        <Space size="middle">
          <span>{title}</span>
          {state}
        </Space>
      }
      extra={
        <Space size="middle">
          {extra}
          {onNone && (
            <Checkbox checked={none} onChange={(e) => onNone(e.target.checked)}>
              {t(`handover.noneToggle.${section}`)}
            </Checkbox>
          )}
        </Space>
      }
    >
      {own && (showIssues || own.message === 'handover.issues.noneButContent') && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8, padding: '4px 10px' }}
          title={t(own.message)}
        />
      )}
      {children}
    </Card>
  );
}
