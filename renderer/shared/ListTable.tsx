import { Card, Empty, Table, type TableProps } from 'antd';

type Props<T> = Omit<TableProps<T>, 'size' | 'pagination'> & {
  /** Shown, under a small picture, when there are no rows. */
  empty?: string;
};

/** A compact table that shows all its rows at once: the desk's lists of agents, shifts, contacts, … */
export function ListTable<T extends object>({ empty, ...props }: Props<T>) {
  return (
    <Table<T>
      size="small"
      pagination={false}
      {...(empty !== undefined && {
        locale: { emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> },
      })}
      {...props}
    />
  );
}

/** A list in a small card whose title also names the table for assistive technology. */
export function ListCard<T extends object>({ title, ...props }: Omit<Props<T>, 'title'> & { title: string }) {
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }}>
      <ListTable<T> aria-label={title} {...props} />
    </Card>
  );
}
