import { Card } from 'antd';
import type { ReactNode } from 'react';

/** One card of the Now page, full row height, loading until its section of the dashboard has come. */
export function DashboardCard({
  title,
  testId,
  loaded,
  children,
}: {
  title: string;
  testId: string;
  loaded: boolean;
  children: ReactNode;
}) {
  return (
    <Card size="small" title={title} loading={!loaded} style={{ height: '100%' }} data-testid={testId}>
      {loaded && children}
    </Card>
  );
}
