import { useEffect } from 'react';
import { useStore } from '../store';
import { serviceName } from './service-names';

/** The desk's service catalogue (built-in and added), loaded once, as Select options and a name lookup. */
export function useServices() {
  const catalogue = useStore((s) => s.serviceCatalogue);
  const language = useStore((s) => s.language);
  const load = useStore((s) => s.loadServiceCatalogue);
  useEffect(() => {
    if (catalogue.length === 0) void load().catch(() => undefined);
  }, [catalogue.length, load]);
  return {
    options: catalogue.map((s) => ({ value: s.key, label: language === 'en' ? s.nameEn : s.nameZh })),
    name: (key: string) => serviceName(catalogue, key, language),
  };
}
