import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseTable } from './CaseTable';
import { FilterBar } from './FilterBar';
import { SearchBox } from './SearchBox';
import { ViewsBar } from './ViewsBar';
import { ExportMenu } from '../export/ExportMenu';
import { RANKED_MATCHES_MAX } from '../../../core/case-query';
import { useStore } from '../../store';
import { PageTitle } from '../../shared/PageTitle';

export function CaseListPage() {
  const { t, i18n } = useTranslation();
  const { items, total, capped, ranked, loaded, error } = useStore((s) => s.caseList);
  const bestMatchAsked = useStore((s) => s.caseQuery.searchOrder === 'relevance');
  const searching = useStore((s) => s.caseQuery.text.trim() !== '');
  const loadCases = useStore((s) => s.loadCases);
  const setNewCaseOpen = useStore((s) => s.setNewCaseOpen);

  // Loaded again when changes from other workstations arrive (team sync).
  const remoteEpoch = useStore((s) => s.remoteEpoch);
  useEffect(() => {
    void loadCases();
  }, [loadCases, remoteEpoch]);

  const count = !loaded
    ? null
    : searching
      ? capped
        ? t('caseList.resultsCapped', { shown: new Intl.NumberFormat(i18n.language).format(total ?? 0) })
        : t('caseList.results', { count: total ?? items.length })
      : total !== null && total > items.length
        ? t('caseList.loaded', { loaded: items.length, total })
        : t('caseList.total', { count: total ?? items.length });

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', gap: 10 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center">
        <Space align="baseline" size="middle">
          <PageTitle marginBottom={0}>{t('cases.title')}</PageTitle>
          <Typography.Text type="secondary" data-testid="case-count">
            {count}
          </Typography.Text>
          {searching && loaded && bestMatchAsked && !ranked && items.length > 0 && (
            <Typography.Text type="secondary" data-testid="search-newest-note">
              {t('caseList.newestAboveRanked', {
                max: new Intl.NumberFormat(i18n.language).format(RANKED_MATCHES_MAX),
              })}
            </Typography.Text>
          )}
        </Space>
        <Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('caseList.keyboardHint')}
          </Typography.Text>
          <ExportMenu />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setNewCaseOpen(true)}>
            {t('cases.newShortcut')}
          </Button>
        </Space>
      </Space>
      <SearchBox />
      <ViewsBar />
      <FilterBar />
      {error && <Alert type="error" showIcon title={t(`errors.${error}`)} />}
      <CaseTable />
    </div>
  );
}
