import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Why the app could not start; its own chunk, since a start that works never shows it. */
export function StartFailure({ text }: { text: string }) {
  const { t } = useTranslation();
  return <Result status="warning" title={t('app.name')} subTitle={text} />;
}
