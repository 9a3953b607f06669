import { Button, Empty, Table, type GetRef } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortKey } from '../../../core/case-query';
import { isTyping, useHotkey } from '../../lib/use-hotkey';
import { useStore } from '../../store';
import type { ListRow } from './case-list-slice';
import { caseColumns } from './columns';
import { rowRole, VIRTUAL_TABLE_COMPONENTS, withCellRoles } from '../../shared/virtual-table-roles';

const HEADER_HEIGHT = 39;
const LOAD_AHEAD_PX = 600;

/**
 * The case list: virtualized (only visible rows are in the DOM), paged from the service as the agent
 * scrolls, sorted by any column, driven from the keyboard (J/K, Enter).
 */
export function CaseTable() {
  const { t } = useTranslation();
  const { items, loading, loaded, total } = useStore((s) => s.caseList);
  const query = useStore((s) => s.caseQuery);
  const selectedIndex = useStore((s) => s.selectedIndex);
  const setCaseQuery = useStore((s) => s.setCaseQuery);
  const moveSelection = useStore((s) => s.moveSelection);
  const loadMore = useStore((s) => s.loadMoreCases);
  const navigate = useStore((s) => s.navigate);
  const setNewCaseOpen = useStore((s) => s.setNewCaseOpen);
  const table = useRef<GetRef<typeof Table>>(null);
  const box = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(400);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) =>
      setHeight(Math.max(200, Math.floor(entry!.contentRect.height))),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const select = (delta: number) => {
    moveSelection(delta);
    const index = useStore.getState().selectedIndex;
    table.current?.scrollTo({ index, align: 'nearest' });
    if (index > items.length - 20) void loadMore();
  };
  useHotkey('nextCase', () => select(1));
  useHotkey('previousCase', () => select(-1));
  useHotkey('openSelected', () => {
    const row = items[selectedIndex];
    if (row && !(document.activeElement instanceof HTMLButtonElement)) navigate({ name: 'case', id: row.id });
  });

  // The table is the element that holds both the header and the rows (antd's container), so that its rows
  // are its own, with nothing in between that is not a row. antd passes it no attributes: they are set here.
  const rowCount = (total ?? items.length) + 1;
  const name = t('cases.list');
  useLayoutEffect(() => {
    const container = box.current?.querySelector('.ant-table-container');
    if (!container) return;
    container.setAttribute('role', 'table');
    container.setAttribute('aria-label', name);
    // Busy while a page, a filter or a search is being fetched: the rows shown may be the old ones.
    container.setAttribute('aria-busy', String(loading));
    // Only the rows in view are in the page: the count and each row's index say where they sit.
    container.setAttribute('aria-rowcount', String(rowCount));
  });

  // The same column objects from one render to the next (a new page, a selection, a busy state), so that
  // the table does not draw every cell again; new ones only when the query changes what the cells show.
  const columns = useMemo(() => withCellRoles(caseColumns(t, query)), [t, query]);
  const searching = query.text.trim() !== '';
  const empty =
    searching || Object.keys(query.filters).length > 0 ? (
      <Empty description={t('caseList.noResults')} />
    ) : (
      <Empty description={t('cases.empty')}>
        <Button type="primary" onClick={() => setNewCaseOpen(true)}>
          {t('cases.new')}
        </Button>
      </Empty>
    );

  return (
    <div ref={box} style={{ flex: 1, minHeight: 0 }}>
      <Table<ListRow>
        ref={table}
        virtual
        components={VIRTUAL_TABLE_COMPONENTS}
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={loading && !loaded}
        pagination={false}
        scroll={{ y: height - HEADER_HEIGHT }}
        rowClassName={(_row, index) => (index === selectedIndex ? 'case-row-selected' : '')}
        onRow={(row, index) => ({
          ...rowRole(index),
          onClick: (e) => {
            if (!isTyping(e.target)) navigate({ name: 'case', id: row.id });
          },
          style: { cursor: 'pointer' },
        })}
        onScroll={(e) => {
          const el = e.currentTarget;
          if (el.scrollTop + el.clientHeight > el.scrollHeight - LOAD_AHEAD_PX) void loadMore();
        }}
        onChange={(_p, _f, sorter) => {
          const s = sorter as SorterResult<ListRow>;
          if (s.order && s.columnKey)
            setCaseQuery({ sort: s.columnKey as SortKey, dir: s.order === 'ascend' ? 'asc' : 'desc' });
          else setCaseQuery({ sort: 'updated', dir: 'desc' });
        }}
        locale={{ emptyText: empty }}
      />
    </div>
  );
}
