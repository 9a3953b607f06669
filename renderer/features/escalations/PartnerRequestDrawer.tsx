import { App, Drawer, Skeleton, Space, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { PartnerRequestEditor } from './PartnerRequestEditor';
import { PartnerRequestView } from './PartnerRequestView';

/** A Partner Center request: new or a draft (form, then hand-off), or a submitted one (its history). */
export function PartnerRequestDrawer({ openId }: { openId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const close = useStore((s) => s.closePartnerRequest);
  const settings = useStore((s) => s.handoffSettings);
  const loadSettings = useStore((s) => s.loadHandoffSettings);
  const load = useStore((s) => s.loadPartnerRequest);
  const detail = useStore((s) => s.partnerRequest);
  const loading = openId !== 'new' && detail?.id !== openId;

  useEffect(() => {
    void loadSettings().catch(() => message.error(t('errors.INTERNAL')));
  }, [loadSettings, message, t]);
  useEffect(() => {
    if (openId === 'new') return;
    load(openId).catch(() => message.error(t('errors.NOT_FOUND')));
  }, [openId, load, message, t]);

  const submitted = detail && detail.status !== 'draft';
  return (
    <Drawer
      open
      size={submitted ? 640 : 1080}
      onClose={close}
      destroyOnHidden
      title={
        <Space>
          {detail ? detail.title : t('partnerRequests.new')}
          {detail?.status === 'draft' && <Tag color="orange">{t('escalation.draftTag')}</Tag>}
        </Space>
      }
    >
      {loading || !settings ? (
        <Skeleton active />
      ) : submitted ? (
        <PartnerRequestView detail={detail} />
      ) : (
        <PartnerRequestEditor draft={detail ?? undefined} summaryLanguage={settings.summaryLanguage} />
      )}
    </Drawer>
  );
}
