import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../core/domain';
import { useStore } from '../../store';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const setLanguage = useStore((s) => s.setLanguage);
  return (
    <Segmented
      size="small"
      aria-label={t('language.label')}
      value={language}
      options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
      onChange={(value) => void setLanguage(value as Language)}
    />
  );
}
