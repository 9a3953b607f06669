import type { Language } from '../../core/domain';
import type { Agent } from '../../core/agents';
import { i18n } from '../i18n';
import { call } from '../lib/api';
import type { Slice } from '../store/slice';
import { formatRoute, parseRoute, type Route } from './routes';

export type BootState =
  { phase: 'loading' } | { phase: 'ready' } | { phase: 'failed'; code: string; message: string };

export interface AppSlice {
  boot: BootState;
  route: Route;
  language: Language;
  agent: Agent | null;
  version: string;
  start(): Promise<void>;
  navigate(route: Route): void;
  syncRouteFromLocation(): void;
  setLanguage(language: Language): Promise<void>;
}

export const createAppSlice: Slice<AppSlice> = (set, get) => ({
  boot: { phase: 'loading' },
  route: parseRoute(window.location.hash),
  language: 'zh-CN',
  agent: null,
  version: '',
  async start() {
    try {
      const [info, settings] = await Promise.all([call('app.info', {}), call('settings.get', {})]);
      await i18n.changeLanguage(settings.language);
      set({
        agent: info.agent,
        version: info.version,
        language: settings.language,
        boot: { phase: 'ready' },
      });
    } catch (error) {
      const { code = 'INTERNAL', message = String(error) } = error as { code?: string; message?: string };
      set({ boot: { phase: 'failed', code, message } });
    }
  },
  navigate(route) {
    const hash = formatRoute(route);
    if (window.location.hash !== hash) history.pushState(null, '', hash);
    set({ route });
  },
  syncRouteFromLocation() {
    set({ route: parseRoute(window.location.hash) });
  },
  async setLanguage(language) {
    if (language === get().language) return;
    await i18n.changeLanguage(language);
    set({ language });
    await call('settings.update', { language });
  },
});
