import type { Feature } from '../lib/navigation';
import { agentsFeature } from '../features/agents/feature';
import { alertsFeature } from '../features/alerts/feature';
import { attachmentsFeature } from '../features/attachments/feature';
import { backupsFeature } from '../features/backups/feature';
import { caseListFeature } from '../features/caselist/feature';
import { casesFeature } from '../features/cases/feature';
import { customersFeature } from '../features/customers/feature';
import { dashboardFeature } from '../features/dashboard/feature';
import { desktopFeature } from '../features/desktop/feature';
import { dutyFeature } from '../features/duty/feature';
import { escalationsFeature } from '../features/escalations/feature';
import { exportFeature } from '../features/export/feature';
import { handoverFeature } from '../features/handover/feature';
import { importFeature } from '../features/import/feature';
import { knowledgeFeature } from '../features/knowledge/feature';
import { networkFeature } from '../features/network/feature';
import { repliesFeature } from '../features/replies/feature';
import { reportsFeature } from '../features/reports/feature';
import { settingsFeature } from '../features/settings/feature';
import { slaFeature } from '../features/sla/feature';
import { supportSheetFeature } from '../features/sheets/feature';
import { syncFeature } from '../features/sync/feature';

/**
 * Every feature of the app, in the order of the menu and of the header bar. The store, the routes and the
 * frame are built from this list: a new feature adds itself here and nowhere else outside its folder.
 */
export const FEATURES: readonly Feature[] = [
  dashboardFeature,
  caseListFeature,
  casesFeature,
  customersFeature,
  supportSheetFeature,
  importFeature,
  dutyFeature,
  agentsFeature,
  handoverFeature,
  escalationsFeature,
  knowledgeFeature,
  reportsFeature,
  alertsFeature,
  attachmentsFeature,
  slaFeature,
  exportFeature,
  repliesFeature,
  networkFeature,
  syncFeature,
  backupsFeature,
  settingsFeature,
  desktopFeature,
];
