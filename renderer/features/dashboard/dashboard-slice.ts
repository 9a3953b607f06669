import type { NowDashboard } from '../../../core/dashboard';
import { call } from '../../lib/api';
import { syncServiceClock } from '../../lib/clock';
import type { Slice } from '../../store/slice';

export interface DashboardSlice {
  dashboard: NowDashboard | null;
  dashboardError: string | null;
  loadDashboard(): Promise<void>;
}

export const createDashboardSlice: Slice<DashboardSlice> = (set) => ({
  dashboard: null,
  dashboardError: null,
  async loadDashboard() {
    try {
      const dashboard = await call('dashboard.get', {});
      syncServiceClock(dashboard.at);
      set({ dashboard, dashboardError: null });
    } catch (error) {
      set({ dashboardError: (error as { code?: string }).code ?? 'INTERNAL' });
    }
  },
});
