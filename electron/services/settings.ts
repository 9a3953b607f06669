import type { ParsedInputOf } from '../../core/api';
import { DEFAULT_ATTACHMENT_LIMIT_MB } from '../../core/attachment-limits';
import type { Language } from '../../core/domain';
import type { AppInfo, Settings, settingsOperations } from '../../core/settings';
import { getAgent } from '../../db/queries/agents';
import { readSetting, writeSetting } from '../../db/queries/settings';
import type { ServiceContext } from './context';
import { orNotFound } from './errors';
import type { Handlers } from './handlers';

const DEFAULTS: Settings = { language: 'zh-CN', attachmentLimitMb: DEFAULT_ATTACHMENT_LIMIT_MB };

export function getSettings(ctx: ServiceContext): Settings {
  const language = readSetting(ctx.db, 'language') as Language | undefined;
  const attachmentLimitMb = readSetting(ctx.db, 'attachmentLimitMb') as number | undefined;
  return {
    ...DEFAULTS,
    ...(language ? { language } : {}),
    ...(attachmentLimitMb ? { attachmentLimitMb } : {}),
  };
}

export function updateSettings(ctx: ServiceContext, input: ParsedInputOf<'settings.update'>): Settings {
  if (input.language) writeSetting(ctx.db, 'language', input.language);
  if (input.attachmentLimitMb) writeSetting(ctx.db, 'attachmentLimitMb', input.attachmentLimitMb);
  return getSettings(ctx);
}

export function appInfo(ctx: ServiceContext): AppInfo {
  const agent = orNotFound(getAgent(ctx.db, ctx.agentId), 'agent', ctx.agentId);
  return { version: ctx.version, agent };
}

/** The operations of core/settings.ts (`settingsOperations`), bound to the functions above. */
export const settingsHandlers: Handlers<typeof settingsOperations> = {
  'app.info': appInfo,
  'settings.get': getSettings,
  'settings.update': updateSettings,
};
