// The catalogue of services the desk resells. Implemented by electron/services/service-catalogue.ts.
import { type CatalogueService, servicesAddInput, servicesListInput } from '../services-catalogue';
import { reads, writes } from '../operation';

export const serviceCatalogueOperations = {
  'services.list': reads<CatalogueService[]>()(servicesListInput),
  'services.add': writes<CatalogueService>()(servicesAddInput),
};
