import { BookOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/cases';
import { versionFor, type ArticleSuggestion } from '../../../core/knowledge';
import { Highlight } from '../../shared/Highlight';
import { useShowError } from '../../shared/use-show-error';
import { useStore } from '../../store';
import { useSuggestions } from './use-suggestions';

interface Props {
  /** What the agent has typed: a case's title and description. */
  text: string;
  /** On the case page: the case, which the article may solve or be sent for. */
  detail?: CaseDetail;
  onOpen(id: string): void;
}

/** The five published articles most about the case, with "solved with this" and "send to customer". */
export function ArticleSuggestions({ text, detail, onOpen }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const language = useStore((s) => s.language);
  const loadCase = useStore((s) => s.loadCase);
  const customerById = useStore((s) => s.customerById);
  const sendToComposer = useStore((s) => s.sendArticleToComposer);
  const markSolved = useStore((s) => s.markArticleSolved);
  const [refresh, setRefresh] = useState(0);
  const { items, settled } = useSuggestions(text, detail?.id, refresh);

  const solved = (s: ArticleSuggestion) =>
    markSolved(s.id, detail!.id)
      .then(() => {
        setRefresh((n) => n + 1);
        void message.success(t('knowledge.suggest.linked'));
        return loadCase(detail!.id);
      })
      .catch(showError);

  // In the language of the case's first contact who has one, else the interface's. The Markdown reader
  // loads with the first article sent: it is not needed to list suggestions while a case is typed.
  const send = (s: ArticleSuggestion) =>
    Promise.all([customerById(detail!.customer.id), import('./markdown')])
      .then(([{ contacts }, { markdownToText }]) => {
        const contact = contacts.find((c) => c.language) ?? contacts[0] ?? null;
        const v = versionFor(s.versions, contact?.language ?? language);
        sendToComposer({
          caseId: detail!.id,
          text: [v.title, markdownToText(v.body)].filter(Boolean).join('\n\n'),
          article: { id: s.id, title: v.title, language: v.language, to: contact?.name ?? null },
        });
        void message.success(
          t('knowledge.suggest.inserted', { language: t(`knowledge.languages.${v.language}`) }),
        );
      })
      .catch(showError);

  return (
    <Card
      size="small"
      title={
        <Space>
          <BookOutlined />
          {t('knowledge.suggest.title')}
        </Space>
      }
      style={{ marginBottom: 12 }}
    >
      <div
        role="region"
        aria-label={t('knowledge.suggest.title')}
        aria-busy={!settled}
        data-testid="article-suggestions"
        data-settled={settled ? 'true' : 'false'}
      >
        {items.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t(text.trim() ? 'knowledge.suggest.none' : 'knowledge.suggest.typing')}
          />
        ) : (
          items.map((s) => {
            const title = versionFor(s.versions, language).title;
            return (
              <div key={s.id} className="sd-suggestion" data-testid="article-suggestion">
                <Space wrap size={4}>
                  <Typography.Link
                    onClick={() => onOpen(s.id)}
                    aria-label={`${t('knowledge.suggest.open')}: ${title}`}
                  >
                    {title}
                  </Typography.Link>
                  <Tag>{t(`knowledge.kinds.${s.kind}`)}</Tag>
                  {s.audience === 'internal' && <Tag color="purple">{t('knowledge.suggest.internal')}</Tag>}
                  <Typography.Text type="secondary">
                    {t('knowledge.suggest.solvedCount', { count: s.solvedCount })}
                  </Typography.Text>
                </Space>
                <div className="sd-article-snippet">
                  <Highlight snippet={s.snippet} />
                </div>
                {detail && (
                  <Space size={4} style={{ marginTop: 4 }}>
                    <Button
                      size="small"
                      disabled={s.solvedHere}
                      onClick={() => void solved(s)}
                      aria-label={`${t(s.solvedHere ? 'knowledge.suggest.solvedHere' : 'knowledge.suggest.solved')}: ${title}`}
                    >
                      {t(s.solvedHere ? 'knowledge.suggest.solvedHere' : 'knowledge.suggest.solved')}
                    </Button>
                    <Button
                      size="small"
                      disabled={s.audience === 'internal'}
                      onClick={() => void send(s)}
                      aria-label={`${t('knowledge.suggest.send')}: ${title}`}
                    >
                      {t('knowledge.suggest.send')}
                    </Button>
                  </Space>
                )}
              </div>
            );
          })
        )}
      </div>
    </Card>
  );
}
