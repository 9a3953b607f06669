import type { ParsedInputOf } from '../../core/api';
import type { CatalogueService, serviceCatalogueOperations } from '../../core/services-catalogue';
import { insertService, listServices, serviceExists } from '../../db/queries/services';
import type { ServiceContext } from './context';
import { invalidField } from './errors';
import type { Handlers } from './handlers';

export function allServices(ctx: ServiceContext): CatalogueService[] {
  return listServices(ctx.db);
}

/** Adds a service of the desk's own; its key (what cases and imports store) comes from the English name. */
export function addService(ctx: ServiceContext, input: ParsedInputOf<'services.add'>): CatalogueService {
  return ctx.db
    .transaction(() => {
      const existing = listServices(ctx.db);
      const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
      if (existing.some((s) => same(s.nameZh, input.nameZh))) {
        throw invalidField('nameZh', 'customerIssues.serviceTaken', `service ${input.nameZh} exists`);
      }
      if (existing.some((s) => same(s.nameEn, input.nameEn))) {
        throw invalidField('nameEn', 'customerIssues.serviceTaken', `service ${input.nameEn} exists`);
      }
      const base = serviceKeyFrom(input.nameEn);
      let key = base;
      for (let n = 2; serviceExists(ctx.db, key); n++) key = `${base}-${n}`;
      const service = { key, nameZh: input.nameZh, nameEn: input.nameEn };
      insertService(ctx.db, service, ctx.now());
      return { ...service, builtin: false };
    })
    .immediate();
}

/** "Microsoft Teams Rooms" → "microsoft-teams-rooms"; a name with no Latin letters or digits → "service". */
export function serviceKeyFrom(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  return slug || 'service';
}

/** The operations of core/services-catalogue.ts (`serviceCatalogueOperations`), bound to the functions above. */
export const serviceCatalogueHandlers: Handlers<typeof serviceCatalogueOperations> = {
  'services.list': allServices,
  'services.add': addService,
};
