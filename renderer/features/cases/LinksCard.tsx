import { Button, Card, List, Select, Space, Typography } from 'antd';
import { DisconnectOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LINK_KINDS, type CaseDetail, type CaseLink, type LinkKind } from '../../../core/cases';
import { useStore } from '../../store';
import { CaseSearchSelect } from './CaseSearchSelect';
import { errorText, issueText } from '../../shared/error-text';
import { StatusTag } from '../../shared/labels';
import { useShowError } from '../../shared/use-show-error';

/** How a link reads from this case: "duplicate of", "has duplicate", "related to". */
export const linkLabelKey = (link: Pick<CaseLink, 'kind' | 'direction'>) =>
  link.kind === 'duplicate_of' && link.direction === 'in'
    ? 'caseLinks.hasDuplicate'
    : `caseLinks.${link.kind}`;

export function LinksCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const link = useStore((s) => s.link);
  const unlink = useStore((s) => s.unlink);
  const navigate = useStore((s) => s.navigate);
  const [kind, setKind] = useState<LinkKind>('related_to');
  const [otherId, setOtherId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function add() {
    if (!otherId) return setError(t('validation.choose'));
    try {
      await link(detail.id, otherId, kind);
      setOtherId(null);
      setError(null);
    } catch (e) {
      setError(issueText(t, e, 'otherId') ?? errorText(t, e));
    }
  }

  return (
    <Card size="small" title={t('caseLinks.title')} style={{ marginBottom: 12 }}>
      <List
        size="small"
        split={false}
        dataSource={detail.links}
        locale={{ emptyText: <Typography.Text type="secondary">{t('caseLinks.empty')}</Typography.Text> }}
        renderItem={(l) => (
          <List.Item style={{ paddingInline: 0, gap: 6 }} data-testid="case-link">
            <Typography.Text type="secondary" style={{ flex: 'none' }}>
              {t(linkLabelKey(l))}
            </Typography.Text>
            <Typography.Link
              style={{ flex: 'none' }}
              onClick={() => navigate({ name: 'case', id: l.otherId })}
            >
              {l.number}
            </Typography.Link>
            <Typography.Text ellipsis={{ tooltip: l.title }} style={{ flex: 1, minWidth: 0 }}>
              {l.title}
            </Typography.Text>
            <StatusTag status={l.status} />
            <Button
              size="small"
              type="text"
              icon={<DisconnectOutlined />}
              aria-label={t('caseLinks.remove', { number: l.number })}
              onClick={() => unlink(detail.id, l.otherId).catch((e: unknown) => showError(e))}
            />
          </List.Item>
        )}
      />
      <Space.Compact style={{ width: '100%', marginTop: 8 }}>
        <Select
          size="small"
          aria-label={t('caseLinks.kind')}
          value={kind}
          style={{ width: 120 }}
          onChange={(k: LinkKind) => setKind(k)}
          options={LINK_KINDS.map((k) => ({ value: k, label: t(`caseLinks.${k}`) }))}
        />
        <CaseSearchSelect
          excludeId={detail.id}
          value={otherId}
          status={error ? 'error' : undefined}
          onChange={(id) => {
            setOtherId(id);
            setError(null);
          }}
        />
        <Button size="small" onClick={() => void add()}>
          {t('caseLinks.add')}
        </Button>
      </Space.Compact>
      {error && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {error}
        </Typography.Text>
      )}
    </Card>
  );
}
