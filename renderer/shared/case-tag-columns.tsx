import type { TFunction } from 'i18next';
import type { CaseStatus, Severity } from '../../core/domain';
import { SeverityTag, StatusTag } from './labels';

/** A table column of each row's severity, as its coloured tag. */
export const severityColumn = (t: TFunction, width: number) => ({
  title: t('fields.severity'),
  dataIndex: 'severity',
  width,
  render: (s: Severity) => <SeverityTag severity={s} />,
});

/** A table column of each row's case status, as its coloured tag. */
export const statusColumn = (t: TFunction, width: number) => ({
  title: t('fields.status'),
  dataIndex: 'status',
  width,
  render: (s: CaseStatus) => <StatusTag status={s} />,
});
