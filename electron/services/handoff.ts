// The hand-off settings (21Vianet's addresses, the window's allowlist, the download folder) and the request
// to open the hand-off window, validated here so that the Electron shell and browser mode get the same
// answer. The window's own behaviour is the pure policy in electron/security/handoff-policy.ts.
import os from 'node:os';
import path from 'node:path';
import type { ParsedInputOf } from '../../core/api';
import type { FieldIssue } from '../../core/errors';
import {
  DEFAULT_ADMIN_CENTER_URL,
  type HandoffOpened,
  type HandoffSettings,
} from '../../core/handoff-settings';
import type { Language } from '../../core/domain';
import { readSetting, writeSetting } from '../../db/queries/settings';
import { allowedOrigins, DEFAULT_HANDOFF_ALLOWLIST, isAllowedUrl } from '../security/handoff-policy';
import type { ServiceContext } from './context';
import { invalidField, ServiceError } from './errors';
import { getSettings } from './settings';
import type { handoffOperations } from '../../core/handoff-settings';
import type { Handlers } from './handlers';

type Stored = Partial<Omit<HandoffSettings, 'defaultDownloadDir' | 'defaultAllowlist' | 'downloadDir'>>;
const KEY = 'handoff';
// The desk's settings sync to every workstation; the download folder is this machine's (db/sync/tables.ts).
const DOWNLOAD_DIR_KEY = 'handoffDownloadDir';

/** Downloads land beside the agent's other downloads, in a folder of their own, unless settings say else. */
export const defaultDownloadDir = () => path.join(os.homedir(), 'Downloads', 'ShiftDesk 21Vianet');

export function handoffSettings(ctx: ServiceContext): HandoffSettings {
  const stored = (readSetting(ctx.db, KEY) ?? {}) as Stored;
  return {
    adminCenterUrl: stored.adminCenterUrl ?? DEFAULT_ADMIN_CENTER_URL,
    partnerCenterUrl: stored.partnerCenterUrl ?? '',
    allowlist: stored.allowlist ?? [...DEFAULT_HANDOFF_ALLOWLIST],
    downloadDir: (readSetting(ctx.db, DOWNLOAD_DIR_KEY) as string | undefined) ?? '',
    defaultDownloadDir: defaultDownloadDir(),
    // Until the desk picks one, the summary follows the interface language.
    summaryLanguage: stored.summaryLanguage ?? (getSettings(ctx).language satisfies Language),
    defaultAllowlist: [...DEFAULT_HANDOFF_ALLOWLIST],
  };
}

/**
 * Saves the fields given. Every allowlist entry must name an https origin (http only for a loopback
 * stand-in), and both addresses must stay on the allowlist: an address the window would refuse to show
 * is an error next to that field now, not a blank window later.
 */
export function updateHandoffSettings(
  ctx: ServiceContext,
  input: ParsedInputOf<'handoffSettings.update'>,
): HandoffSettings {
  const current = handoffSettings(ctx);
  const issues: FieldIssue[] = [];
  const allowlist = input.allowlist
    ? [...new Set(input.allowlist.filter((entry) => entry !== ''))]
    : current.allowlist;
  input.allowlist?.forEach((entry, i) => {
    if (entry !== '' && allowedOrigins([entry]).size !== 1) {
      issues.push({ path: `allowlist.${i}`, message: 'validation.allowlistEntry' });
    }
  });
  const origins = allowedOrigins(allowlist);
  const adminCenterUrl = input.adminCenterUrl ?? current.adminCenterUrl;
  const partnerCenterUrl = input.partnerCenterUrl ?? current.partnerCenterUrl;
  for (const [field, url] of [
    ['adminCenterUrl', adminCenterUrl],
    ['partnerCenterUrl', partnerCenterUrl],
  ] as const) {
    if (url === '') continue;
    if (!URL.canParse(url)) issues.push({ path: field, message: 'validation.url' });
    else if (!isAllowedUrl(url, origins)) issues.push({ path: field, message: 'validation.notAllowlisted' });
  }
  const downloadDir = input.downloadDir ?? current.downloadDir;
  if (downloadDir !== '' && !path.isAbsolute(downloadDir)) {
    issues.push({ path: 'downloadDir', message: 'validation.absolutePath' });
  }
  if (issues.length > 0) throw new ServiceError('VALIDATION', 'invalid hand-off settings', issues);

  const next: Required<Stored> = {
    adminCenterUrl,
    partnerCenterUrl,
    allowlist,
    summaryLanguage: input.summaryLanguage ?? current.summaryLanguage,
  };
  // Only a change is written: the desk's settings sync, and rewriting them as they stand when this
  // workstation saves its own download folder would race another workstation's real edit.
  if (!sameShared(next, current)) writeSetting(ctx.db, KEY, next);
  if (downloadDir !== current.downloadDir) writeSetting(ctx.db, DOWNLOAD_DIR_KEY, downloadDir);
  return handoffSettings(ctx);
}

function sameShared(next: Required<Stored>, current: HandoffSettings): boolean {
  return (
    next.adminCenterUrl === current.adminCenterUrl &&
    next.partnerCenterUrl === current.partnerCenterUrl &&
    next.summaryLanguage === current.summaryLanguage &&
    next.allowlist.join('\n') === current.allowlist.join('\n')
  );
}

/**
 * Opens the hand-off window at an allowlisted address. The desktop app opens its own window; browser mode
 * has none, so it answers `opened: false` and the page opens a tab at the address it was given back.
 */
export function openHandoff(ctx: ServiceContext, input: ParsedInputOf<'handoff.open'>): HandoffOpened {
  const settings = handoffSettings(ctx);
  if (!isAllowedUrl(input.url, allowedOrigins(settings.allowlist))) {
    throw invalidField('url', 'validation.notAllowlisted', `${input.url} is not on the hand-off allowlist`);
  }
  const url = new URL(input.url).href;
  if (!ctx.platform.openHandoff) return { opened: false, url };
  ctx.platform.openHandoff({
    url,
    allowlist: settings.allowlist,
    downloadDir: settings.downloadDir || settings.defaultDownloadDir,
  });
  return { opened: true, url };
}

/** The operations of core/handoff-settings.ts (`handoffOperations`), bound to the functions above. */
export const handoffHandlers: Handlers<typeof handoffOperations> = {
  'handoffSettings.get': handoffSettings,
  'handoffSettings.update': updateHandoffSettings,
  'handoff.open': openHandoff,
};
