import { Tabs, type TabsProps } from 'antd';
import type { Route } from '../lib/navigation';
import { useStore } from '../store';

type TabbedRoute = Extract<Route, { tab: string }>;

interface Props<R extends TabbedRoute> {
  page: R['name'];
  tab: R['tab'];
  items: NonNullable<TabsProps['items']>;
  size?: TabsProps['size'];
}

/** A page's tabs, each its own address: choosing one navigates there, so a reload keeps it. */
export function PageTabs<R extends TabbedRoute>({ page, tab, items, size }: Props<R>) {
  const navigate = useStore((s) => s.navigate);
  return (
    <Tabs
      size={size}
      activeKey={tab}
      onChange={(key) => navigate({ name: page, tab: key } as R)}
      destroyOnHidden
      items={items}
    />
  );
}
