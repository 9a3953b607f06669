import { Col, Form, Input, InputNumber, Row, Select, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, SUPPORT_AREAS, type Language } from '../../../core/domain';
import { ARTICLE_KINDS, AUDIENCES, MAX_ARTICLE_TITLE, type Article } from '../../../core/knowledge';
import { ContractFormModal } from '../../shared/ContractFormModal';
import { useChoiceOptions } from '../../shared/use-choice-options';
import { useServices } from '../../shared/use-services';
import { useStore } from '../../store';
import {
  ARTICLE_FIELDS,
  articleValues,
  BODY_FIELD,
  FIELD_OF,
  TITLE_FIELD,
  toSaveInput,
  type ArticleValues,
} from './article-form';
import { MarkdownView } from './MarkdownView';

/** The article's fields picked from one of the domain's lists, each option labelled `<prefix>.<value>`. */
const CHOICES = [
  { name: 'kind', label: 'knowledge.editor.kind', values: ARTICLE_KINDS, prefix: 'knowledge.kinds' },
  { name: 'audience', label: 'knowledge.editor.audience', values: AUDIENCES, prefix: 'knowledge.audiences' },
  { name: 'supportArea', label: 'knowledge.editor.area', values: SUPPORT_AREAS, prefix: 'supportAreas' },
] as const;

/** One language's title and body, the body beside its live preview. */
function VersionFields({ language }: { language: Language }) {
  const { t } = useTranslation();
  const suffix = language === 'en' ? 'En' : 'Zh';
  const body = Form.useWatch<string | undefined>(BODY_FIELD[language]) ?? '';
  const previewLabel = t('knowledge.editor.previewOf', { language: t(`knowledge.languages.${language}`) });
  return (
    <>
      <Form.Item name={TITLE_FIELD[language]} label={t(`knowledge.editor.title${suffix}`)}>
        <Input maxLength={MAX_ARTICLE_TITLE} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name={BODY_FIELD[language]} label={t(`knowledge.editor.body${suffix}`)}>
            <Input.TextArea autoSize={{ minRows: 10, maxRows: 18 }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Typography.Text type="secondary">{t('knowledge.editor.preview')}</Typography.Text>
          <div className="sd-markdown-preview">
            <MarkdownView source={body} label={previewLabel} />
          </div>
        </Col>
      </Row>
    </>
  );
}

/** Writes a new article (a draft) or a new revision of one, both languages with a live preview each. */
export function ArticleEditor({
  article,
  draft,
  onClose,
  onSaved,
}: {
  article: Article | null;
  /** A new article's fields filled in beforehand. */
  draft?: Partial<ArticleValues>;
  onClose(): void;
  onSaved?(article: Article): void;
}) {
  const { t } = useTranslation();
  const save = useStore((s) => s.saveArticle);
  const options = useChoiceOptions();
  const services = useServices();

  async function finish(v: ArticleValues) {
    const saved = await save(toSaveInput(v, article));
    return { done: t('knowledge.done.saved'), after: () => onSaved?.(saved) };
  }

  return (
    <ContractFormModal
      fields={ARTICLE_FIELDS}
      issues={{ fieldOf: FIELD_OF }}
      name="article"
      title={t(article ? 'knowledge.editor.editTitle' : 'knowledge.editor.newTitle')}
      okText={t('knowledge.editor.save')}
      open
      width={1100}
      onClose={onClose}
      onSave={finish}
      initialValues={{ ...articleValues(article), ...draft }}
    >
      <Tabs
        items={LANGUAGES.map((language) => ({
          key: language,
          label: t(`knowledge.languages.${language}`),
          forceRender: true,
          children: <VersionFields language={language} />,
        }))}
      />
      <Row gutter={12}>
        {CHOICES.map((choice) => (
          <Col span={6} key={choice.name}>
            <Form.Item name={choice.name} label={t(choice.label)}>
              <Select options={options(choice.values, choice.prefix)} />
            </Form.Item>
          </Col>
        ))}
        <Col span={6}>
          <Form.Item name="service" label={t('knowledge.editor.service')}>
            <Select allowClear placeholder={t('knowledge.meta.noService')} options={services.options} />
          </Form.Item>
        </Col>
        <Col span={18}>
          <Form.Item name="tags" label={t('knowledge.editor.tags')}>
            <Select mode="tags" placeholder={t('knowledge.editor.tagsPlaceholder')} open={false} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="reviewDays" label={t('knowledge.editor.reviewDays')}>
            <InputNumber min={1} max={3650} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text type="secondary">{t('knowledge.editor.hint')}</Typography.Text>
    </ContractFormModal>
  );
}
