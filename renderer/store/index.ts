import { create } from 'zustand';
import { createAppSlice, type AppSlice } from '../app/app-slice';
import { createCaseDetailSlice, type CaseDetailSlice } from '../features/cases/case-detail-slice';
import { createCaseListSlice, type CaseListSlice } from '../features/caselist/case-list-slice';
import {
  createCustomerDetailSlice,
  type CustomerDetailSlice,
} from '../features/customers/customer-detail-slice';
import { createCustomerListSlice, type CustomerListSlice } from '../features/customers/customer-list-slice';
import { createTeamSlice, type TeamSlice } from '../features/agents/team-slice';
import { createDutySlice, type DutySlice } from '../features/duty/duty-slice';
import { createHandoverSlice, type HandoverSlice } from '../features/handover/handover-slice';
import { createRosterSlice, type RosterSlice } from '../features/duty/roster-slice';
import { createEscalationSlice, type EscalationSlice } from '../features/escalations/escalation-slice';
import { createNetworkSlice, type NetworkSlice } from '../features/network/network-slice';
import { createAlertsSlice, type AlertsSlice } from '../features/alerts/alerts-slice';
import { createDashboardSlice, type DashboardSlice } from '../features/dashboard/dashboard-slice';

export type Store = AppSlice &
  CaseListSlice &
  CaseDetailSlice &
  CustomerListSlice &
  CustomerDetailSlice &
  DutySlice &
  HandoverSlice &
  RosterSlice &
  TeamSlice &
  EscalationSlice &
  NetworkSlice &
  AlertsSlice &
  DashboardSlice;

/** One store built from feature slices; components select narrowly from it. */
export const useStore = create<Store>()((...a) => ({
  ...createAppSlice(...a),
  ...createCaseListSlice(...a),
  ...createCaseDetailSlice(...a),
  ...createCustomerListSlice(...a),
  ...createCustomerDetailSlice(...a),
  ...createDutySlice(...a),
  ...createHandoverSlice(...a),
  ...createRosterSlice(...a),
  ...createTeamSlice(...a),
  ...createEscalationSlice(...a),
  ...createNetworkSlice(...a),
  ...createAlertsSlice(...a),
  ...createDashboardSlice(...a),
}));
