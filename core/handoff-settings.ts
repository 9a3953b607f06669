// Where the desk hands off to 21Vianet, and what the hand-off window may show. Addresses are settings,
// never hard-wired into logic (DESIGN.md).
import { z } from 'zod';
import type { Language } from './domain';
import type { HandoffTarget } from './escalations';
import { summaryLanguage } from './tracked-request';
import { noInput, reads, writes } from './operation';

/** The Microsoft 365 admin center operated by 21Vianet (seed): the customer's side of an escalation. */
export const DEFAULT_ADMIN_CENTER_URL = 'https://portal.partner.microsoftonline.cn/adminportal/';

export interface HandoffSettings {
  /** The customer's admin center, where "Submit a service request" is. */
  adminCenterUrl: string;
  /** Partner Center as the desk reaches it: customer requests and Partner Center requests. '' until set. */
  partnerCenterUrl: string;
  /** Sites the hand-off window may show: `https://host` entries (plain http only for 127.0.0.1). */
  allowlist: string[];
  /** Where files downloaded in the hand-off window go; '' for the default below. */
  downloadDir: string;
  /** The folder used while `downloadDir` is ''. */
  defaultDownloadDir: string;
  /** The language the copy-ready summary is written in, unless the agent picks another. */
  summaryLanguage: Language;
  /** The built-in allowlist, for "restore defaults". */
  defaultAllowlist: string[];
}

/** Where a request is submitted: an escalation's target, or Partner Center's own requests. */
export type HandoffPlace = HandoffTarget | 'partner_requests';

/** The setting that holds each place's address: Partner Center serves both of its own. */
export const PLACE_ADDRESS: Record<HandoffPlace, 'adminCenterUrl' | 'partnerCenterUrl'> = {
  admin_center: 'adminCenterUrl',
  partner_center: 'partnerCenterUrl',
  partner_requests: 'partnerCenterUrl',
};

const address = z.string().trim().max(2_000, 'validation.tooLong');

export interface HandoffOpened {
  /** True when the desktop app opened its hand-off window; false in browser mode (open a tab instead). */
  opened: boolean;
  /** The address as validated (normalized by the URL parser). */
  url: string;
}

/** The hand-off window and its settings. Implemented by electron/services/handoff.ts. */
export const handoffOperations = {
  'handoffSettings.get': reads<HandoffSettings>()(noInput),
  /** Only the fields given change. Addresses must be on the (new) allowlist; the service checks that. */
  'handoffSettings.update': writes<HandoffSettings>()(
    z
      .object({
        adminCenterUrl: address.min(1, 'validation.required').optional(),
        partnerCenterUrl: address.optional(),
        allowlist: z.array(z.string().trim().max(300, 'validation.tooLong')).max(50).optional(),
        downloadDir: z.string().trim().max(1_000, 'validation.tooLong').optional(),
        summaryLanguage: summaryLanguage.optional(),
      })
      .strict(),
  ),
  /** Asks for the hand-off window at an allowlisted address. */
  'handoff.open': reads<HandoffOpened>()(z.object({ url: address.min(1, 'validation.required') }).strict()),
};
