import { Card, Typography, type TableProps } from 'antd';
import { ListTable } from '../../shared/ListTable';
import type { ColumnsType } from 'antd/es/table';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseHeadline } from '../../../core/cases';
import { rowOpens } from '../../shared/row-opens';
import { useStore } from '../../store';

interface Props<T extends CaseHeadline> {
  title: string;
  section: { items: T[]; total: number } | undefined;
  rowKey: TableProps<T>['rowKey'];
  emptyText: string;
  /** The columns after the case's number and title. */
  columns: ColumnsType<T>;
  style?: CSSProperties;
  testId: string;
}

/** A section of cases, each row opening its case; the title bar says how many more there are than shown. */
export function CaseTableCard<T extends CaseHeadline>(props: Props<T>) {
  const { t } = useTranslation();
  const navigate = useStore((s) => s.navigate);
  const { section } = props;
  const more = section ? section.total - section.items.length : 0;
  return (
    <Card
      size="small"
      title={props.title}
      extra={
        more > 0 && <Typography.Text type="secondary">{t('dashboard.more', { count: more })}</Typography.Text>
      }
      styles={{ body: { padding: 0 } }}
      style={props.style}
      data-testid={props.testId}
    >
      <ListTable<T>
        loading={!section}
        rowKey={props.rowKey}
        dataSource={section?.items ?? []}
        locale={{ emptyText: props.emptyText }}
        aria-label={props.title}
        onRow={rowOpens((r) => navigate({ name: 'case', id: r.caseId }))}
        columns={[
          {
            title: t('fields.number'),
            dataIndex: 'number',
            width: 150,
            render: (n: string) => <Typography.Text code>{n}</Typography.Text>,
          },
          { title: t('fields.title'), dataIndex: 'title', ellipsis: true },
          ...props.columns,
        ]}
      />
    </Card>
  );
}
