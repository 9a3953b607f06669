import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Typography, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportDialog } from '../import/ImportDialog';
import { useHotkey } from '../../lib/use-hotkey';
import { useSearchAsTyped } from '../../shared/use-search-as-typed';
import { LoadMoreButton } from '../../shared/LoadMoreButton';
import { useStore } from '../../store';
import { CustomerFormModal } from './CustomerFormModal';
import { useCustomerColumns } from './customer-columns';
import { focusFirstRow, keyboardRow } from './keyboard-rows';
import { PageTitle } from '../../shared/PageTitle';
import { useLoad } from '../../shared/use-load';
import { SearchInput } from '../../shared/search-input';
import { SheetFilterSelect } from '../sheets/SheetFilterSelect';

export function CustomerListPage() {
  const { t } = useTranslation();
  const { query, items, next, total, loading, loaded, sheet } = useStore((s) => s.customerList);
  const loadCustomers = useStore((s) => s.loadCustomers);
  const loadMore = useStore((s) => s.loadMoreCustomers);
  const loadCatalogue = useStore((s) => s.loadServiceCatalogue);
  const navigate = useStore((s) => s.navigate);
  const [draft, setDraft] = useState(query);
  const [importOpen, setImportOpen] = useState(false);
  const [createOpen, setCreateOpen] = useState(false);
  const search = useRef<InputRef>(null);
  const table = useRef<HTMLDivElement>(null);
  const columns = useCustomerColumns();

  useLoad(loadCatalogue);
  // Search as the agent types, after a short pause.
  useSearchAsTyped(draft, loadCustomers);
  useHotkey('search', () => search.current?.focus());
  useHotkey('importCustomers', () => setImportOpen(true));

  const empty =
    query || sheet ? (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={query ? t('customers.noMatch', { query }) : t('supportSheet.filter.none')}
      />
    ) : (
      <Empty description={t('customers.empty')}>
        <Space>
          <Button type="primary" icon={<ImportOutlined />} onClick={() => setImportOpen(true)}>
            {t('customers.import')}
          </Button>
          <Button icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
            {t('customers.new')}
          </Button>
        </Space>
      </Empty>
    );

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Space align="baseline">
          <PageTitle marginBottom={0}>{t('customers.title')}</PageTitle>
          {loaded && total !== null && total > 0 && (
            <Typography.Text type="secondary">{t('customers.count', { count: total })}</Typography.Text>
          )}
        </Space>
        <Space>
          <SearchInput
            ref={search}
            value={draft}
            aria-label={t('customers.search')}
            placeholder={t('customers.searchPlaceholder')}
            style={{ width: 320 }}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' && focusFirstRow(table.current)) e.preventDefault();
            }}
          />
          <SheetFilterSelect />
          <Button icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
            {t('customers.new')}
          </Button>
          <Button type="primary" icon={<ImportOutlined />} onClick={() => setImportOpen(true)}>
            {t('customers.importShortcut')}
          </Button>
        </Space>
      </Space>
      <div ref={table}>
        <Table
          aria-label={t('customers.list')}
          // Busy from the keystroke (the search waits for a pause) until its answer has landed.
          aria-busy={loading || draft.trim() !== query}
          size="small"
          tableLayout="fixed"
          rowKey="id"
          columns={columns}
          dataSource={items}
          loading={loading && !loaded}
          pagination={false}
          onRow={(record) => keyboardRow(() => navigate({ name: 'customer', id: record.id }))}
          locale={{ emptyText: loaded ? empty : <span /> }}
        />
      </div>
      <LoadMoreButton
        more={Boolean(next)}
        loading={loading}
        label={t('customers.loadMore')}
        onLoad={loadMore}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
        {t('customers.keys')}
      </Typography.Paragraph>
      <ImportDialog
        open={importOpen}
        onClose={(imported) => {
          setImportOpen(false);
          if (imported) void loadCustomers();
        }}
      />
      <CustomerFormModal
        open={createOpen}
        onClose={() => setCreateOpen(false)}
        onSaved={(detail) => navigate({ name: 'customer', id: detail.id })}
      />
    </div>
  );
}
