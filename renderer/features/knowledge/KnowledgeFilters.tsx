import { Checkbox, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUPPORT_AREAS } from '../../../core/domain';
import { ARTICLE_KINDS, ARTICLE_STATUSES, type ArticleListQuery } from '../../../core/knowledge';
import { useChoiceOptions } from '../../shared/use-choice-options';
import { useServices } from '../../shared/use-services';
import { useStore } from '../../store';

/** The list's filters: kind, support area, service, status, and the lead's "review due". */
export function KnowledgeFilters() {
  const { t } = useTranslation();
  const options = useChoiceOptions();
  const services = useServices();
  const query = useStore((s) => s.articleQuery);
  const setQuery = useStore((s) => s.setArticleQuery);
  const multi = <K extends 'kinds' | 'supportAreas' | 'services' | 'statuses'>(
    key: K,
    label: string,
    choices: { value: string; label: string }[],
  ) => (
    <Select
      mode="multiple"
      allowClear
      aria-label={label}
      placeholder={label}
      style={{ minWidth: 160 }}
      maxTagCount="responsive"
      value={query[key] ?? []}
      options={choices}
      onChange={(values: string[]) =>
        setQuery({ [key]: values.length ? values : undefined } as Partial<ArticleListQuery>)
      }
    />
  );
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      {multi('kinds', t('knowledge.filters.kind'), options(ARTICLE_KINDS, 'knowledge.kinds'))}
      {multi('supportAreas', t('knowledge.filters.area'), options(SUPPORT_AREAS, 'supportAreas'))}
      {multi('services', t('knowledge.filters.service'), services.options)}
      {multi('statuses', t('knowledge.filters.status'), options(ARTICLE_STATUSES, 'knowledge.statuses'))}
      <Checkbox
        checked={query.reviewDue ?? false}
        onChange={(e) => setQuery({ reviewDue: e.target.checked })}
      >
        {t('knowledge.filters.reviewDue')}
      </Checkbox>
    </Space>
  );
}
