// Partner Center requests. Implemented by electron/services/partner-requests.ts.
import {
  type PartnerRequest,
  type PartnerRequestDetail,
  partnerRequestsDiscardInput,
  partnerRequestsGetInput,
  partnerRequestsListInput,
  partnerRequestsPrepareInput,
  partnerRequestsSubmitInput,
  partnerRequestsUpdateInput,
} from '../partner-requests';
import { reads, writes } from '../operation';

export const partnerRequestsOperations = {
  'partnerRequests.list': reads<PartnerRequest[]>()(partnerRequestsListInput),
  'partnerRequests.get': reads<PartnerRequestDetail>()(partnerRequestsGetInput),
  'partnerRequests.prepare': writes<PartnerRequestDetail>()(partnerRequestsPrepareInput),
  'partnerRequests.submit': writes<PartnerRequestDetail>()(partnerRequestsSubmitInput),
  'partnerRequests.update': writes<PartnerRequestDetail>()(partnerRequestsUpdateInput),
  'partnerRequests.discard': writes<{ discarded: boolean }>()(partnerRequestsDiscardInput),
};
