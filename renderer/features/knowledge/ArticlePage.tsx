import { App, Button, Card, Col, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { BackLink } from '../../shared/BackLink';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../core/domain';
import {
  NEXT_STATUSES,
  reviewDueAt,
  versionFor,
  type Article,
  type ArticleRevision,
} from '../../../core/knowledge';
import { serviceNow } from '../../lib/clock';
import { formatDateTime } from '../../shared/format';
import { useServices } from '../../shared/use-services';
import { useShowError } from '../../shared/use-show-error';
import { useStore } from '../../store';
import { ArticleEditor } from './ArticleEditor';
import { ArticleHistory } from './ArticleHistory';
import { ArticleStatusTag, ReviewDueTag } from './article-labels';
import { MarkdownView } from './MarkdownView';

const STATUS_ACTION = { published: 'publish', retired: 'retire' } as const;

/** One article: both languages side by side, what it is and who changed it last, its actions and history. */
export function ArticlePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const language = useStore((s) => s.language);
  const setStatus = useStore((s) => s.setArticleStatus);
  const markReviewed = useStore((s) => s.markArticleReviewed);
  const articleWithHistory = useStore((s) => s.articleWithHistory);
  const services = useServices();
  const [article, setArticle] = useState<Article | null | 'missing'>(null);
  const [revisions, setRevisions] = useState<ArticleRevision[]>([]);
  const [editing, setEditing] = useState(false);

  // A change made here or elsewhere reads the article again (`version` counts them).
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let live = true;
    articleWithHistory(id)
      .then((answer) => {
        if (!live) return;
        setArticle(answer.article);
        setRevisions(answer.revisions);
      })
      .catch((error: unknown) => {
        if (live) setArticle('missing');
        showError(error);
      });
    return () => {
      live = false;
    };
  }, [id, version, showError, articleWithHistory]);

  const back = <BackLink to={{ name: 'knowledge' }} label={t('knowledge.back')} />;
  if (article === 'missing') return <Result status="404" subTitle={t('knowledge.notFound')} extra={back} />;
  if (!article) return <Skeleton active />;

  const act = (run: () => Promise<Article>, done: string) =>
    run()
      .then(() => {
        reload();
        void message.success(t(done));
      })
      .catch(showError);
  const due = reviewDueAt(article);
  const title = versionFor(article.versions, language).title;

  return (
    <div style={{ maxWidth: 1280 }} aria-label={title} data-revision={article.revision}>
      {back}
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start" wrap>
        <div>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {title}
          </Typography.Title>
          <Space wrap size={4}>
            <ArticleStatusTag status={article.status} />
            <Tag>{t(`knowledge.kinds.${article.kind}`)}</Tag>
            <Tag>{t(`knowledge.audiences.${article.audience}`)}</Tag>
            <Tag>{t(`supportAreas.${article.supportArea}`)}</Tag>
            <Tag>
              {t('knowledge.meta.serviceIs', {
                name: article.service ? services.name(article.service) : t('knowledge.meta.noService'),
              })}
            </Tag>
            {article.tags.map((tag) => (
              <Tag key={tag} color="blue">
                {tag}
              </Tag>
            ))}
            {due !== null && due <= serviceNow() && <ReviewDueTag />}
          </Space>
        </div>
        <Space wrap>
          <Button onClick={() => setEditing(true)}>{t('knowledge.actions.edit')}</Button>
          {NEXT_STATUSES[article.status].map((to) => (
            <Button
              key={to}
              type={to === 'published' ? 'primary' : 'default'}
              danger={to === 'retired'}
              onClick={() => void act(() => setStatus(article.id, to), `knowledge.done.${to}`)}
            >
              {t(
                `knowledge.actions.${to === 'published' && article.status === 'retired' ? 'republish' : STATUS_ACTION[to as keyof typeof STATUS_ACTION]}`,
              )}
            </Button>
          ))}
          {article.status === 'published' && (
            <Button onClick={() => void act(() => markReviewed(article.id), 'knowledge.done.reviewed')}>
              {t('knowledge.actions.reviewed')}
            </Button>
          )}
        </Space>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {[
          t('knowledge.meta.revision', { number: article.revision }),
          article.updatedBy &&
            t('knowledge.meta.updated', {
              name: article.updatedBy.name,
              time: formatDateTime(article.updatedAt),
            }),
          article.reviewedAt
            ? t('knowledge.meta.reviewed', { time: formatDateTime(article.reviewedAt) })
            : t('knowledge.meta.neverReviewed'),
          due !== null && t('knowledge.meta.reviewDueAt', { time: formatDateTime(due) }),
          t('knowledge.meta.solved', { count: article.solvedCount }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Paragraph>
      <Row gutter={16}>
        {LANGUAGES.map((l) => (
          <Col xs={24} lg={12} key={l}>
            <Card
              size="small"
              title={`${t(`knowledge.languages.${l}`)} · ${article.versions[l].title || t('knowledge.noTitle')}`}
              lang={l}
            >
              {article.versions[l].body || article.versions[l].title ? (
                <MarkdownView source={article.versions[l].body} label={t(`knowledge.languages.${l}`)} />
              ) : (
                <Typography.Text type="secondary">{t('knowledge.emptyVersion')}</Typography.Text>
              )}
            </Card>
          </Col>
        ))}
      </Row>
      <ArticleHistory key={article.revision} revisions={revisions} />
      {editing && <ArticleEditor article={article} onClose={() => setEditing(false)} onSaved={reload} />}
    </div>
  );
}
