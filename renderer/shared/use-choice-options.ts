import { useTranslation } from 'react-i18next';

/** Select options for one of the domain's closed lists, each labelled by its i18n key `<prefix>.<value>`. */
export function useChoiceOptions() {
  const { t } = useTranslation();
  return <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
}
