// Every user-visible string, one resource file per feature and language (<lang>/<feature>.json), merged
// into one tree per language. The UI (i18next) and the services (desktop notification text) read the same
// trees, so a string is written once. Features never edit each other's files.
import type { Language } from '../domain';
import zhAgentsReport from './zh-CN/agents-report.json';
import zhBackups from './zh-CN/backups.json';
import zhCaselist from './zh-CN/caselist.json';
import zhCases from './zh-CN/cases.json';
import zhCommon from './zh-CN/common.json';
import zhCoverageReport from './zh-CN/coverage-report.json';
import zhCustomers from './zh-CN/customers.json';
import zhDashboard from './zh-CN/dashboard.json';
import zhDesktop from './zh-CN/desktop.json';
import zhDuty from './zh-CN/duty.json';
import zhEscalations from './zh-CN/escalations.json';
import zhHandover from './zh-CN/handover.json';
import zhImport from './zh-CN/import.json';
import zhReplies from './zh-CN/replies.json';
import zhKnowledge from './zh-CN/knowledge.json';
import zhReports from './zh-CN/reports.json';
import zhSettings from './zh-CN/settings.json';
import zhSla from './zh-CN/sla.json';
import zhSync from './zh-CN/sync.json';
import zhSupportSheet from './zh-CN/support-sheet.json';
import enAgentsReport from './en/agents-report.json';
import enBackups from './en/backups.json';
import enCaselist from './en/caselist.json';
import enCases from './en/cases.json';
import enCommon from './en/common.json';
import enCoverageReport from './en/coverage-report.json';
import enCustomers from './en/customers.json';
import enDashboard from './en/dashboard.json';
import enDesktop from './en/desktop.json';
import enDuty from './en/duty.json';
import enEscalations from './en/escalations.json';
import enHandover from './en/handover.json';
import enImport from './en/import.json';
import enReplies from './en/replies.json';
import enKnowledge from './en/knowledge.json';
import enReports from './en/reports.json';
import enSettings from './en/settings.json';
import enSla from './en/sla.json';
import enSync from './en/sync.json';
import enSupportSheet from './en/support-sheet.json';
import zhTimesReport from './zh-CN/times-report.json';
import zhVolumeReport from './zh-CN/volume-report.json';
import enTimesReport from './en/times-report.json';
import enVolumeReport from './en/volume-report.json';

export type MessageTree = Record<string, unknown>;

/** The feature files, by language, in one place: the parity test checks this list against the folders. */
export const FEATURE_FILES = {
  'zh-CN': {
    backups: zhBackups,
    caselist: zhCaselist,
    cases: zhCases,
    common: zhCommon,
    customers: zhCustomers,
    dashboard: zhDashboard,
    desktop: zhDesktop,
    duty: zhDuty,
    escalations: zhEscalations,
    handover: zhHandover,
    import: zhImport,
    replies: zhReplies,
    knowledge: zhKnowledge,
    reports: zhReports,
    settings: zhSettings,
    sla: zhSla,
    sync: zhSync,
    'support-sheet': zhSupportSheet,
    'times-report': zhTimesReport,
    'volume-report': zhVolumeReport,
    'coverage-report': zhCoverageReport,
    'agents-report': zhAgentsReport,
  },
  en: {
    backups: enBackups,
    caselist: enCaselist,
    cases: enCases,
    common: enCommon,
    customers: enCustomers,
    dashboard: enDashboard,
    desktop: enDesktop,
    duty: enDuty,
    escalations: enEscalations,
    handover: enHandover,
    import: enImport,
    replies: enReplies,
    knowledge: enKnowledge,
    reports: enReports,
    settings: enSettings,
    sla: enSla,
    sync: enSync,
    'support-sheet': enSupportSheet,
    'times-report': enTimesReport,
    'volume-report': enVolumeReport,
    'coverage-report': enCoverageReport,
    'agents-report': enAgentsReport,
  },
} satisfies Record<Language, Record<string, MessageTree>>;

const merge = (files: Record<string, MessageTree>): MessageTree => Object.assign({}, ...Object.values(files));

export const MESSAGES: Record<Language, MessageTree> = {
  'zh-CN': merge(FEATURE_FILES['zh-CN']),
  en: merge(FEATURE_FILES.en),
};

/**
 * The labels of one vocabulary in a language (`statuses`, `severities`, …), for text written outside the UI;
 * the parity test checks that every value of each vocabulary has its label in both languages.
 */
export const vocabularyLabels = <K extends string>(language: Language, group: string) =>
  MESSAGES[language][group] as Record<K, string>;
