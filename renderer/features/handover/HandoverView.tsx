import { Alert, App, Button, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { BackLink } from '../../shared/BackLink';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemsToConfirm } from '../../../core/handover-rules';
import { useStore } from '../../store';
import { STATUS_COLOR } from './format';
import { HandoverDocument } from './HandoverDocument';
import { HandoverToolbar } from './HandoverToolbar';
import { useRefusalText } from './use-refusal-text';
import { PageTitle } from '../../shared/PageTitle';

/** One handover (#/handover/<id>): read it, print it, export it; the incoming agent reads it back here. */
export function HandoverView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refusal = useRefusalText();
  const open = useStore((s) => (s.openHandover?.id === id ? s.openHandover : null));
  const loadHandover = useStore((s) => s.loadHandover);
  const confirmItem = useStore((s) => s.confirmHandoverItem);
  const acknowledgeHandover = useStore((s) => s.acknowledgeHandover);
  const me = useStore((s) => s.agent);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    loadHandover(id).catch(() => message.error(t('errors.INTERNAL')));
  }, [id, loadHandover, message, t]);

  const back = (
    <BackLink to={{ name: 'handover', tab: 'history' }} label={t('handover.back')} className="sd-no-print" />
  );
  if (open?.missing) return <Result status="404" subTitle={t('handover.notFound')} extra={back} />;
  const handover = open?.detail;
  if (!handover) return <Skeleton active />;

  const mine = handover.fromAgent.id === me?.id;
  const incoming = handover.status === 'pending' && !mine;
  const toConfirm = itemsToConfirm(handover.document);
  const confirmed = new Set(handover.confirmations.map((c) => c.caseId));
  const left = toConfirm.filter((caseId) => !confirmed.has(caseId)).length;

  async function run(key: string, action: () => Promise<void>) {
    setBusy(key);
    try {
      await action();
    } catch (error) {
      message.error(refusal(error));
      void loadHandover(id);
    } finally {
      setBusy(null);
    }
  }
  const confirm = (caseId: string) => run(caseId, () => confirmItem(id, caseId));
  const acknowledge = () =>
    run('ack', async () => {
      await acknowledgeHandover(id);
      message.success(t('handover.acknowledgedToast'));
    });

  return (
    <div style={{ maxWidth: 1280 }}>
      <div className="sd-no-print">
        {back}
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
          <Space align="center">
            <PageTitle marginBottom={0}>
              {t('handover.viewTitle', { name: handover.fromAgent.name })}
            </PageTitle>
            <Tag color={STATUS_COLOR[handover.status]}>{t(`handover.status.${handover.status}`)}</Tag>
          </Space>
          <HandoverToolbar handover={handover} />
        </Space>
        {incoming && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('handover.readBack.title')}
            description={
              toConfirm.length > 0
                ? t('handover.readBack.explain', { count: toConfirm.length })
                : t('handover.readBack.explainNoA')
            }
            action={
              <Space orientation="vertical" align="end" size={4}>
                <Button
                  type="primary"
                  disabled={left > 0}
                  loading={busy === 'ack'}
                  onClick={() => void acknowledge()}
                >
                  {t('handover.readBack.acknowledge')}
                </Button>
                <Typography.Text type={left > 0 ? 'warning' : 'success'} style={{ fontSize: 12 }}>
                  {left > 0 ? t('handover.readBack.left', { count: left }) : t('handover.readBack.ready')}
                </Typography.Text>
              </Space>
            }
          />
        )}
        {handover.status === 'pending' && mine && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('handover.readBack.waitingForOther')}
          />
        )}
        {handover.status === 'superseded' && (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('handover.supersededNote')} />
        )}
      </div>
      <HandoverDocument
        document={handover.document}
        handover={handover}
        readBack={{ canConfirm: incoming, busy, onConfirm: (caseId) => void confirm(caseId) }}
      />
    </div>
  );
}
