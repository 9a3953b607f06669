import { AutoComplete, Card, Space, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, TagCount } from '../../../core/cases';
import { useDebouncedAnswer } from '../../shared/use-debounced-answer';
import { useStore } from '../../store';
import { errorText, issueText } from '../../shared/error-text';
import { useShowError } from '../../shared/use-show-error';

/** Free-text tags; suggestions are the tags the desk already uses, the most used first. */
export function TagsCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const addTag = useStore((s) => s.addTag);
  const removeTag = useStore((s) => s.removeTag);
  const suggestTags = useStore((s) => s.suggestTags);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const suggest = useCallback(() => suggestTags(text.trim(), 8), [text, suggestTags]);
  const suggestions = useDebouncedAnswer<TagCount[]>(suggest, 150, []);

  async function add(tag: string) {
    if (!tag.trim()) return;
    setError(null);
    try {
      await addTag(detail.id, tag);
      setText('');
    } catch (e) {
      // The text stays in the box so that the agent can fix it.
      setError(issueText(t, e, 'tag') ?? errorText(t, e));
    }
  }

  const remove = (tag: string) => removeTag(detail.id, tag).catch((e: unknown) => showError(e));
  const options = suggestions
    .filter((s) => !detail.tags.includes(s.tag))
    .map((s) => ({ value: s.tag, label: `${s.tag} · ${s.count}` }));

  return (
    <Card size="small" title={t('caseTags.title')} style={{ marginBottom: 12 }}>
      <Space size={[4, 6]} wrap style={{ marginBottom: 8 }} data-testid="case-tags">
        {detail.tags.length === 0 && (
          <Typography.Text type="secondary">{t('caseTags.empty')}</Typography.Text>
        )}
        {detail.tags.map((tag) => (
          <Tag
            key={tag}
            closable
            closeIcon={<span aria-label={t('caseTags.remove', { tag })}>×</span>}
            onClose={(e) => {
              e.preventDefault();
              void remove(tag);
            }}
          >
            {tag}
          </Tag>
        ))}
      </Space>
      <AutoComplete
        size="small"
        style={{ width: '100%' }}
        value={text}
        options={options}
        onChange={(value: string) => {
          setText(value);
          setError(null);
        }}
        onSelect={(value: string) => void add(value)}
        status={error ? 'error' : undefined}
        aria-label={t('caseTags.add')}
        placeholder={t('caseTags.placeholder')}
        onInputKeyDown={(e) => {
          // Enter adds what was typed unless a suggestion is highlighted (onSelect takes that).
          if (e.key === 'Enter' && !document.querySelector('.ant-select-item-option-active')) {
            e.preventDefault();
            void add(text);
          }
        }}
      />
      {error && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {error}
        </Typography.Text>
      )}
    </Card>
  );
}
