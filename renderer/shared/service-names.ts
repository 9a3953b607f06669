import type { Language } from '../../core/domain';
import type { CatalogueService } from '../../core/services-catalogue';

/** A service's name in the agent's language; a key the catalogue does not know is shown as is. */
export function serviceName(catalogue: readonly CatalogueService[], key: string, language: Language): string {
  const service = catalogue.find((s) => s.key === key);
  if (!service) return key;
  return language === 'en' ? service.nameEn : service.nameZh;
}
