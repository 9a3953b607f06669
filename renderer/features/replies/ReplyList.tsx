import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CannedReply } from '../../../core/canned-replies';

interface Props {
  replies: CannedReply[];
  current: string | null;
  onPick(index: number): void;
  onChoose(): void;
}

/** The replies the filter leaves, the desk's most used first; the current one is marked. */
export function ReplyList({ replies, current, onPick, onChoose }: Props) {
  const { t } = useTranslation();
  return (
    <div role="listbox" aria-label={t('replies.pick.list')} className="sd-reply-list">
      {replies.map((r, i) => (
        <div
          key={r.id}
          role="option"
          aria-selected={r.id === current}
          className={r.id === current ? 'sd-reply sd-reply-current' : 'sd-reply'}
          onClick={() => onPick(i)}
          onDoubleClick={onChoose}
        >
          <span>{r.name}</span>
          <Tag>{t('replies.uses', { count: r.usageCount })}</Tag>
        </div>
      ))}
    </div>
  );
}
