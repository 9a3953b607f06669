// The Now dashboard. Implemented by electron/services/dashboard.ts.
import { dashboardNowInput, type NowDashboard } from '../dashboard';
import { reads } from '../operation';

export const dashboardOperations = {
  'dashboard.get': reads<NowDashboard>()(dashboardNowInput),
};
