import { Alert, Space, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimilarCase } from '../../../core/cases';
import { StatusTag } from '../../shared/labels';
import { useDebouncedAnswer } from '../../shared/use-debounced-answer';
import { useStore } from '../../store';

/** How long typing must pause before the titles are compared. */
const DELAY_MS = 300;

interface Props {
  /** An existing customer's id; a customer being created has no cases yet. */
  customerId: string | undefined;
  title: string | undefined;
  onOpen(caseId: string): void;
}

/** Warns, as the agent types a title, that this customer already has an open case that looks the same. */
export function SimilarCasesAlert({ customerId, title, onOpen }: Props) {
  const { t } = useTranslation();
  const text = title?.trim() ?? '';
  const similarOpenCases = useStore((s) => s.similarOpenCases);
  const find = useCallback(
    () => (customerId && text ? similarOpenCases(customerId, text) : Promise.resolve([])),
    [customerId, text, similarOpenCases],
  );
  const similar = useDebouncedAnswer<SimilarCase[]>(find, DELAY_MS, []);

  if (similar.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="similar-cases"
      style={{ marginBottom: 16, padding: '8px 12px' }}
      title={t('similarCases.title', { count: similar.length })}
      description={
        <Space orientation="vertical" size={2} style={{ width: '100%' }}>
          {similar.map((c) => (
            <Space key={c.id} size={6}>
              <Typography.Link onClick={() => onOpen(c.id)}>{c.number}</Typography.Link>
              <Typography.Text ellipsis style={{ maxWidth: 300 }}>
                {c.title}
              </Typography.Text>
              <StatusTag status={c.status} />
            </Space>
          ))}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('similarCases.hint')}
          </Typography.Text>
        </Space>
      }
    />
  );
}
