import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { versionFor, type ArticleListItem } from '../../../core/knowledge';
import { useHotkey } from '../../lib/use-hotkey';
import { formatDateTime } from '../../shared/format';
import { Highlight } from '../../shared/Highlight';
import { ListTable } from '../../shared/ListTable';
import { PageTitle } from '../../shared/PageTitle';
import { SearchInput } from '../../shared/search-input';
import { useShowError } from '../../shared/use-show-error';
import { useStore } from '../../store';
import { ArticleEditor } from './ArticleEditor';
import { ArticleStatusTag, ReviewDueTag } from './article-labels';
import { KnowledgeFilters } from './KnowledgeFilters';
import { KnowledgeIo } from './KnowledgeIo';

/** 知识库: every article, searched as cases are (both languages, any substring), filtered, newest first. */
export function KnowledgePage() {
  const { t } = useTranslation();
  const showError = useShowError();
  const list = useStore((s) => s.articleList);
  const query = useStore((s) => s.articleQuery);
  const shownFor = useStore((s) => s.articleListFor);
  const setQuery = useStore((s) => s.setArticleQuery);
  const load = useStore((s) => s.loadArticles);
  const language = useStore((s) => s.language);
  const navigate = useStore((s) => s.navigate);
  const [text, setText] = useState(query.text ?? '');
  const [writing, setWriting] = useState(false);
  const search = useRef<InputRef>(null);
  useHotkey('search', () => search.current?.focus());

  // The box's text becomes the query after a short pause; any change of the query reads the list again.
  useEffect(() => {
    const timer = setTimeout(() => setQuery({ text }), 120);
    return () => clearTimeout(timer);
  }, [text, setQuery]);
  useEffect(() => {
    load().catch(showError);
  }, [query, load, showError]);
  // Snippets come from the version in the interface's language first.
  useEffect(() => setQuery({ language }), [language, setQuery]);
  const loading = shownFor !== query;

  return (
    <div style={{ maxWidth: 1280 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="baseline">
        <PageTitle>{t('knowledge.title')}</PageTitle>
        <Space>
          <KnowledgeIo />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setWriting(true)}>
            {t('knowledge.new')}
          </Button>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">{t('knowledge.intro')}</Typography.Paragraph>
      <div style={{ maxWidth: 560, marginBottom: 12 }}>
        <SearchInput
          ref={search}
          aria-label={t('knowledge.search')}
          placeholder={`${t('knowledge.search')} · ${t('knowledge.searchHint')}`}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <KnowledgeFilters />
      <Typography.Text type="secondary" role="status" data-testid="article-count">
        {list && !loading ? t('knowledge.count', { count: list.total }) : t('knowledge.loading')}
      </Typography.Text>
      <ListTable<ArticleListItem>
        aria-label={t('knowledge.title')}
        aria-busy={loading}
        rowKey="id"
        loading={list === null}
        dataSource={list?.items ?? []}
        empty={t('knowledge.empty')}
        style={{ marginTop: 8 }}
        columns={[
          {
            title: t('knowledge.columns.title'),
            render: (_, a) => (
              <div>
                <Typography.Link onClick={() => navigate({ name: 'article', id: a.id })}>
                  {a.markedTitle ? (
                    <Highlight snippet={a.markedTitle} />
                  ) : (
                    versionFor(a.versions, language).title || t('knowledge.noTitle')
                  )}
                </Typography.Link>
                {a.reviewDue && <ReviewDueTag />}
                {a.snippet && (
                  <div className="sd-article-snippet">
                    <Highlight snippet={a.snippet} />
                  </div>
                )}
              </div>
            ),
          },
          {
            title: t('knowledge.columns.kind'),
            width: 120,
            render: (_, a) => t(`knowledge.kinds.${a.kind}`),
          },
          {
            title: t('knowledge.columns.area'),
            width: 150,
            render: (_, a) => t(`supportAreas.${a.supportArea}`),
          },
          {
            title: t('knowledge.columns.status'),
            width: 100,
            render: (_, a) => <ArticleStatusTag status={a.status} />,
          },
          { title: t('knowledge.columns.solved'), width: 100, align: 'right', dataIndex: 'solvedCount' },
          {
            title: t('knowledge.columns.updated'),
            width: 150,
            render: (_, a) => formatDateTime(a.updatedAt),
          },
        ]}
      />
      {writing && (
        <ArticleEditor
          article={null}
          onClose={() => setWriting(false)}
          onSaved={(a) => navigate({ name: 'article', id: a.id })}
        />
      )}
    </div>
  );
}
