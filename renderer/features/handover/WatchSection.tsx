import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HandoverIssue } from '../../../core/handover-rules';
import type { ComposeEdits } from './compose-state';
import { SectionCard } from './SectionCard';

interface Props {
  edits: ComposeEdits;
  issues: HandoverIssue[];
  byPath: Map<string, string>;
  showIssues: boolean;
  update(change: (edits: ComposeEdits) => ComposeEdits): void;
}

/** Things to keep an eye on that are not (yet) cases: service notices, expiring certificates, a callback. */
export function WatchSection({ edits, issues, byPath, showIssues, update }: Props) {
  const { t } = useTranslation();
  const add = () =>
    update((e) => ({
      ...e,
      watchNone: false,
      watch: [...e.watch, { id: crypto.randomUUID(), text: '', carriedFrom: null }],
    }));
  return (
    <SectionCard
      section="watch"
      title={t('handover.sections.watch')}
      issues={issues}
      showIssues={showIssues}
      none={edits.watchNone}
      onNone={(watchNone) =>
        update((e) => ({
          ...e,
          watchNone,
          watch: watchNone ? e.watch.filter((w) => w.text.trim()) : e.watch,
        }))
      }
      extra={
        <Button size="small" icon={<PlusOutlined />} disabled={edits.watchNone} onClick={add}>
          {t('handover.compose.addWatch')}
        </Button>
      }
    >
      {edits.watch.length === 0 && (
        <Typography.Text type="secondary">
          {edits.watchNone ? t('handover.noneText') : t('handover.compose.watchEmpty')}
        </Typography.Text>
      )}
      <Space orientation="vertical" style={{ width: '100%' }} size={6}>
        {edits.watch.map((w, n) => {
          const error = showIssues ? byPath.get(`watch.${w.id}`) : undefined;
          return (
            <div key={w.id}>
              <Space.Compact style={{ width: '100%' }}>
                <Input
                  aria-label={t('handover.compose.watchItem', { n: n + 1 })}
                  placeholder={t('handover.placeholders.watch')}
                  status={error ? 'error' : undefined}
                  maxLength={2_000}
                  value={w.text}
                  prefix={
                    w.carriedFrom ? (
                      <Tag style={{ marginInlineEnd: 4 }}>{t('handover.carriedTag')}</Tag>
                    ) : undefined
                  }
                  onChange={(e) => {
                    const text = e.target.value;
                    update((x) => ({
                      ...x,
                      watch: x.watch.map((v) => (v.id === w.id ? { ...v, text } : v)),
                    }));
                  }}
                />
                <Button
                  aria-label={t('handover.compose.removeWatch', { n: n + 1 })}
                  icon={<DeleteOutlined />}
                  onClick={() => update((x) => ({ ...x, watch: x.watch.filter((v) => v.id !== w.id) }))}
                />
              </Space.Compact>
              {error && (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {t(error)}
                </Typography.Text>
              )}
            </div>
          );
        })}
      </Space>
    </SectionCard>
  );
}
