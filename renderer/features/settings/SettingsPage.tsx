import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { AttachmentLimitSetting } from '../attachments/AttachmentLimitSetting';
import { ServiceCatalogueCard } from '../customers/ServiceCatalogueCard';
import { HandoffSettingsCard } from '../escalations/HandoffSettingsCard';
import { SlaPolicyCard } from '../sla/SlaPolicyCard';
import { CannedRepliesCard } from '../replies/CannedRepliesCard';
import { SheetTemplateCard } from '../sheets/SheetTemplateCard';
import { LanguageSwitch } from './LanguageSwitch';
import { PageTitle } from '../../shared/PageTitle';

export function SettingsPage() {
  const { t } = useTranslation();
  const version = useStore((s) => s.version);
  return (
    <div style={{ maxWidth: 720 }}>
      <PageTitle>{t('settings.title')}</PageTitle>
      <Card size="small" title={t('language.label')} style={{ marginBottom: 16 }}>
        <LanguageSwitch />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('settings.languageHelp')}
        </Typography.Paragraph>
      </Card>
      <AttachmentLimitSetting />
      <SlaPolicyCard />
      <ServiceCatalogueCard />
      <HandoffSettingsCard />
      <CannedRepliesCard />
      <SheetTemplateCard />
      <Card size="small" title={t('settings.about')}>
        <Descriptions
          size="small"
          column={1}
          items={[{ key: 'v', label: t('app.name'), children: t('settings.version', { version }) }]}
        />
      </Card>
    </div>
  );
}
