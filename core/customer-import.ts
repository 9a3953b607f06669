import { z } from 'zod';
import { id } from './validation';
import { noInput, writes } from './operation';

// Customer import from CSV. The renderer decodes the file (csv-encoding.ts) and sends the text in
// pieces of at most IMPORT_CHUNK_CHARS to `customers.importStage`, which parses and checks each piece as
// it comes (so the progress bar is real) and keeps the rows in memory. The last piece returns a preview;
// nothing is written until `customers.importCommit`, and `customers.importCancel` forgets the rows.

/**
 * Characters per piece. Even if every character had to travel as a six-byte JSON escape the request
 * stays under the browser-mode host's 2 MB body limit; Chinese text travels at 3 bytes a character.
 */
export const IMPORT_CHUNK_CHARS = 256 * 1024;
/** Data rows one import may hold (the header and blank lines not counted). */
export const IMPORT_MAX_ROWS = 200_000;

export const IMPORT_FIELDS = [
  'name',
  'tenantDomain',
  'partnerCustomerId',
  'services',
  'adminRole',
  'contactName',
  'contactEmail',
  'contactPhone',
  'contactChannel',
  'contactLanguage',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * Header names accepted for each field, English and Chinese. Matching ignores case, spaces, `_` and `-`,
 * so "Tenant Domain", "tenant_domain" and "TenantDomain" are one header.
 */
export const IMPORT_HEADERS: Record<ImportField, readonly string[]> = {
  name: [
    'name',
    'customer',
    'customer_name',
    'company',
    'company_name',
    '客户名称',
    '客户',
    '公司名称',
    '名称',
  ],
  tenantDomain: ['tenant_domain', 'tenant', 'domain', '租户域名', '租户', '域名'],
  partnerCustomerId: [
    'partner_customer_id',
    'customer_id',
    'partner_center_customer_id',
    '合作伙伴中心客户ID',
    '合作伙伴中心客户编号',
    '客户ID',
    '客户编号',
  ],
  services: ['services', 'service', '服务', '服务项目'],
  adminRole: ['admin_role', 'admin', '管理员', '管理员角色'],
  contactName: ['contact_name', 'contact', '联系人', '联系人姓名'],
  contactEmail: ['contact_email', 'email', 'e-mail', '邮箱', '电子邮件', '联系人邮箱'],
  contactPhone: ['contact_phone', 'phone', 'telephone', 'mobile', '电话', '手机', '联系电话', '联系人电话'],
  contactChannel: ['contact_channel', 'preferred_channel', 'channel', '首选渠道', '联系渠道'],
  contactLanguage: ['contact_language', 'language', '语言', '联系人语言'],
};

/** The form a header is compared in. */
export const normalizeHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

export interface ImportSession {
  importId: string;
}

export const IMPORT_ISSUE_CODES = [
  'empty',
  'missingColumn',
  'duplicateColumn',
  'tooManyRows',
  'csvQuote',
  'csvUnterminated',
  'csvTooLong',
  'tooManyFields',
  'required',
  'tooLong',
  'domain',
  'email',
  'phone',
  'unknownService',
  'adminRole',
  'channel',
  'language',
  'contactName',
  'conflictRow',
  'conflictExisting',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/** Why a row cannot be imported. The UI words it from `code` and `params` in the agent's language. */
export interface ImportIssue {
  /** As a spreadsheet counts: the header is row 1. */
  row: number;
  field: ImportField | null;
  /** The header of the column as written in the file. */
  column: string | null;
  code: ImportIssueCode;
  params?: { value?: string; row?: number; name?: string; max?: number };
}

export interface ImportColumn {
  header: string;
  /** null: a column the import does not know, which it ignores. */
  field: ImportField | null;
}

/** One customer the import will create or update, after merging duplicate rows. */
export interface ImportPreviewCustomer {
  action: 'create' | 'update';
  /** For an update: the customer's current name. */
  existingName: string | null;
  name: string;
  tenantDomain: string | null;
  partnerCustomerId: string | null;
  services: string[];
  /** null: the file does not say, so it stays as it is (or false for a new customer). */
  adminRole: boolean | null;
  contacts: number;
  /** The file rows merged into this customer. */
  rows: number[];
}

export interface ImportPreview {
  columns: ImportColumn[];
  /** Data rows read. */
  rows: number;
  /** Rows with at least one issue, which are skipped. */
  errorRows: number;
  creates: number;
  updates: number;
  /** Valid rows folded into another row of the file (same tenant domain or Partner Center id). */
  mergedRows: number;
  contacts: number;
  /** The first issues (IMPORT_PREVIEW_ISSUES at most); `issueCount` says how many there are. */
  issues: ImportIssue[];
  issueCount: number;
  /** The first customers (IMPORT_PREVIEW_CUSTOMERS at most). */
  customers: ImportPreviewCustomer[];
}

export const IMPORT_PREVIEW_ISSUES = 500;
export const IMPORT_PREVIEW_CUSTOMERS = 200;

export interface ImportProgress {
  /** Data rows read so far. */
  rows: number;
  /** Rows found wrong so far. */
  errorRows: number;
  /** Set once the last piece has been read. */
  preview: ImportPreview | null;
}

export interface ImportOutcome {
  created: number;
  updated: number;
  /** Existing customers the file matched but did not change. */
  unchanged: number;
  contactsAdded: number;
  rowsImported: number;
  rowsSkipped: number;
}

/** Customer import from CSV, in steps. Implemented by electron/services/customer-import.ts. */
export const customerImportOperations = {
  'customers.importStart': writes<ImportSession>()(noInput),
  'customers.importStage': writes<ImportProgress>()(
    z
      .object({
        importId: id,
        text: z.string().max(IMPORT_CHUNK_CHARS, 'validation.tooLong'),
        /** The last piece: finish reading and return the preview. */
        final: z.boolean(),
      })
      .strict(),
  ),
  'customers.importCommit': writes<ImportOutcome>()(z.object({ importId: id }).strict()),
  'customers.importCancel': writes<{ cancelled: boolean }>()(z.object({ importId: id }).strict()),
};
