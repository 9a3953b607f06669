import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../core/knowledge';

const STATUS_COLOR: Record<ArticleStatus, string> = { draft: 'default', published: 'green', retired: 'red' };

export function ArticleStatusTag({ status }: { status: ArticleStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`knowledge.statuses.${status}`)}</Tag>;
}

export function ReviewDueTag() {
  const { t } = useTranslation();
  return <Tag color="orange">{t('knowledge.reviewDueTag')}</Tag>;
}
