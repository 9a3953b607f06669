import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../../shared/ListTable';
import type { ReportTable } from './report-table';

type Row = ReportTable['rows'][number];

/** A report table as the page shows it: the accessible form of the chart above it, and what CSV exports. */
export function DataTable({ table }: { table: ReportTable }) {
  const { t } = useTranslation();
  return (
    <ListTable<Row>
      aria-label={table.title}
      rowKey="key"
      scroll={{ x: 'max-content' }}
      dataSource={table.rows}
      empty={t('leadReports.none')}
      columns={table.columns.map((c, i) => ({
        key: c.key,
        title: c.title,
        align: c.numeric ? 'right' : 'left',
        render: (_: unknown, row: Row) => row.cells[i],
      }))}
    />
  );
}

/** A card with a chart (or anything) and the table under it. */
export function ReportCard({ table, children }: { table: ReportTable; children?: ReactNode }) {
  return (
    <Card size="small" title={table.title} className="lead-report__card" style={{ marginBottom: 12 }}>
      {children}
      <DataTable table={table} />
    </Card>
  );
}
