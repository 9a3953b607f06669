import type { TableProps } from 'antd';
import type { ComponentProps } from 'react';

// antd's virtual table draws its header as a <table> of its own and its rows as plain <div>s, so a screen
// reader (and getByRole('row')) finds one header row in a table and no case at all. The roles are given
// explicitly instead: the element around the table is the table, the header's own <table> only holds the
// header row, and every virtual row and cell says what it is.

const HeaderTable = (props: ComponentProps<'table'>) => <table {...props} role="presentation" />;
const HeaderGroup = (props: ComponentProps<'thead'>) => <thead {...props} role="rowgroup" />;
const HeaderRow = (props: ComponentProps<'tr'>) => <tr {...props} role="row" />;
const HeaderCell = (props: ComponentProps<'th'>) => <th {...props} role="columnheader" />;

/** The header's parts, with the roles a presentational header table no longer gives them. */
export const VIRTUAL_TABLE_COMPONENTS: TableProps['components'] = {
  header: { table: HeaderTable, wrapper: HeaderGroup, row: HeaderRow, cell: HeaderCell },
};

/** Every column's cells as table cells. */
export function withCellRoles<C extends { onCell?: unknown }>(columns: C[]): C[] {
  return columns.map((column) => ({ ...column, onCell: () => ({ role: 'cell' }) }));
}

/** A virtual row's role and its place among all rows (the header row is the first). */
export const rowRole = (index: number | undefined) => ({
  role: 'row',
  ...(index !== undefined && { 'aria-rowindex': index + 2 }),
});
