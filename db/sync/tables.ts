// What a desk shares: every table that syncs, how its rows are keyed and how a change to one settles.
// Everything not listed stays on the workstation (drafts, duty sign-ins of this keyboard, its case-number
// counter, SLA alerts and their read marks, search indexes).

export interface SyncedTable {
  name: string;
  /** The primary-key columns, in order: a change names its row by their values. */
  pk: readonly string[];
  /** Rows are inserted once and never changed (timelines): a change is kept if new, else ignored. */
  appendOnly?: boolean;
  /**
   * An edit carries the whole row, so the row settles as one (its CHECKs tie columns together: a
   * status and its timestamps); other tables settle column by column.
   */
  wholeRow?: boolean;
  /** Columns that belong to this workstation. */
  localColumns?: readonly string[];
  /** Rows that stay local, as an SQL condition on the row named `row` (NEW, OLD or the table). */
  localRows?: (row: string) => string;
  /**
   * Columns unique among the table's rows besides its key, which two workstations may fill with the same
   * value while apart (a tenant domain, a request number): on a clash, the value set first keeps it and
   * the other row's is cleared, noted in sync_conflicts (db/sync/apply.ts).
   */
  uniqueClearable?: readonly string[];
}

/** Settings keys that belong to one workstation: its interface language and where its downloads go. */
export const LOCAL_SETTINGS = ['language', 'handoffDownloadDir'] as const;

export const SYNCED_TABLES: readonly SyncedTable[] = [
  // A PIN lock-out counts wrong PINs typed at this keyboard.
  { name: 'agents', pk: ['id'], localColumns: ['pin_failures', 'pin_locked_until'] },
  { name: 'services', pk: ['key'] },
  { name: 'customers', pk: ['id'], uniqueClearable: ['tenant_domain', 'partner_customer_id'] },
  { name: 'customer_services', pk: ['customer_id', 'service_key'] },
  { name: 'contacts', pk: ['id'] },
  { name: 'cases', pk: ['id'] },
  { name: 'case_events', pk: ['id'], appendOnly: true },
  { name: 'case_tags', pk: ['case_id', 'tag'] },
  { name: 'case_links', pk: ['case_id', 'other_id'] },
  { name: 'attachments', pk: ['id'] },
  { name: 'roster_shifts', pk: ['id'], wholeRow: true },
  { name: 'roster_exceptions', pk: ['id'], wholeRow: true },
  { name: 'roster_pattern_records', pk: ['id'], appendOnly: true },
  { name: 'sla_outcomes', pk: ['case_id', 'clock', 'started_at'], wholeRow: true },
  { name: 'handovers', pk: ['id'], wholeRow: true },
  { name: 'handover_events', pk: ['id'], appendOnly: true },
  { name: 'escalations', pk: ['id'], wholeRow: true, uniqueClearable: ['request_number'] },
  { name: 'escalation_reasons', pk: ['escalation_id', 'reason'] },
  { name: 'partner_requests', pk: ['id'], wholeRow: true, uniqueClearable: ['request_number'] },
  { name: 'partner_request_events', pk: ['id'], appendOnly: true },
  { name: 'canned_replies', pk: ['id'] },
  { name: 'articles', pk: ['id'], wholeRow: true },
  { name: 'article_revisions', pk: ['id'], appendOnly: true },
  { name: 'article_solutions', pk: ['article_id', 'case_id'] },
  // One row: its version and bodies settle together, so a version never names another save's text.
  { name: 'support_sheet_template', pk: ['id'], wholeRow: true },
  { name: 'support_sheet_sends', pk: ['id'], appendOnly: true },
  {
    name: 'settings',
    pk: ['key'],
    localRows: (row) => `${row}.key IN (${LOCAL_SETTINGS.map((k) => `'${k}'`).join(', ')})`,
  },
];

export const SYNCED_BY_NAME = new Map(SYNCED_TABLES.map((t) => [t.name, t]));
