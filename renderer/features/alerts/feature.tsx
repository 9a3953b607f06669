import type { Feature } from '../../lib/navigation';
import { AlertBell } from './AlertBell';
import { createAlertsSlice, type AlertsSlice } from './alerts-slice';

declare module '../../store/slice' {
  interface StoreSlices {
    alerts: AlertsSlice;
  }
}

/** SLA alerts: the bell in the header and its panel. */
export const alertsFeature: Feature = { slices: [createAlertsSlice], header: AlertBell };
