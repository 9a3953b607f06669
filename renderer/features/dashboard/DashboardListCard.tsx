import { Empty, List } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { DashboardCard } from './DashboardCard';

interface Props<T> {
  title: string;
  testId: string;
  items: T[] | undefined;
  emptyText: string;
  listStyle?: CSSProperties;
  itemKey: (item: T) => string | number;
  /** One item's line: what it is, then how long or how many. */
  renderItem: (item: T) => ReactNode;
}

/** A dashboard card listing items one a line, or saying there are none. */
export function DashboardListCard<T>(props: Props<T>) {
  const { items } = props;
  return (
    <DashboardCard title={props.title} testId={props.testId} loaded={items !== undefined}>
      {items?.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={props.emptyText} style={{ margin: 0 }} />
      ) : (
        <List
          size="small"
          style={props.listStyle}
          dataSource={items}
          renderItem={(item) => (
            <List.Item key={props.itemKey(item)} style={{ paddingInline: 0 }}>
              {props.renderItem(item)}
            </List.Item>
          )}
        />
      )}
    </DashboardCard>
  );
}
