// Reading one CSV row of a customer import: which column is which (bilingual headers), and what each
// cell means once checked. Pure: the catalogue is passed in.
import {
  IMPORT_FIELDS,
  IMPORT_HEADERS,
  normalizeHeader,
  type ImportColumn,
  type ImportField,
  type ImportIssue,
  type ImportIssueCode,
} from '../../core/customer-import';
import { contactEmail, contactPhone } from '../../core/customers';
import type { Channel, Language } from '../../core/domain';
import type { CatalogueService } from '../../core/services-catalogue';
import { tenantDomain } from '../../core/validation';
import { MAX_RECORD_CHARS, type CsvRecord } from './csv';

export interface StagedContact {
  name: string;
  email: string | null;
  phone: string | null;
  preferredChannel: Channel | null;
  language: Language | null;
}

/** A row that passed its own checks; whether it fits with the other rows is decided when merging. */
export interface StagedRow {
  row: number;
  name: string | null;
  tenantDomain: string | null;
  partnerCustomerId: string | null;
  services: string[];
  /** null: the cell was empty. */
  adminRole: boolean | null;
  contact: StagedContact | null;
}

export interface Header {
  columns: ImportColumn[];
  /** Column index of each field present. */
  index: Partial<Record<ImportField, number>>;
  /** Problems that make every row unreadable (a missing or doubled column). */
  issues: ImportIssue[];
}

const FIELD_BY_HEADER = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => IMPORT_HEADERS[field].map((h) => [normalizeHeader(h), field] as const)),
);

export function readHeader(record: CsvRecord, row: number): Header {
  const index: Partial<Record<ImportField, number>> = {};
  const issues: ImportIssue[] = [];
  const columns = record.fields.map((header, i): ImportColumn => {
    const field = FIELD_BY_HEADER.get(normalizeHeader(header)) ?? null;
    if (field !== null) {
      if (index[field] !== undefined) {
        issues.push({ row, field, column: header.trim(), code: 'duplicateColumn' });
      } else {
        index[field] = i;
      }
    }
    return { header: header.trim(), field };
  });
  if (index.name === undefined) issues.push({ row, field: 'name', column: null, code: 'missingColumn' });
  return { columns, index, issues };
}

/** Names (key, Chinese, English, common abbreviations) → catalogue key; spaces and case ignored. */
export type ServiceLookup = Map<string, string>;
const ALIASES: Record<string, string> = {
  o365: 'office365',
  m365: 'office365',
  microsoft365: 'office365',
  d365: 'dynamics365',
};
const serviceForm = (name: string) => name.toLowerCase().replace(/\s+/g, '');

export function serviceLookup(catalogue: readonly CatalogueService[]): ServiceLookup {
  const lookup: ServiceLookup = new Map();
  for (const [alias, key] of Object.entries(ALIASES)) {
    if (catalogue.some((s) => s.key === key)) lookup.set(alias, key);
  }
  for (const s of catalogue) {
    for (const name of [s.key, s.nameEn, s.nameZh]) lookup.set(serviceForm(name), s.key);
  }
  return lookup;
}

const YES = new Set(['yes', 'y', 'true', '1', '是', '有', '√', '✓']);
const NO = new Set(['no', 'n', 'false', '0', '否', '无']);
/** A word's meaning from a table, never from Object.prototype ("constructor" is not a channel). */
const own = <T>(table: Record<string, T>, word: string): T | undefined =>
  Object.hasOwn(table, word) ? table[word] : undefined;
const CHANNEL_WORDS: Record<string, Channel> = {
  phone: 'phone',
  电话: 'phone',
  email: 'email',
  'e-mail': 'email',
  邮件: 'email',
  电子邮件: 'email',
  邮箱: 'email',
  chat: 'chat',
  聊天: 'chat',
  在线聊天: 'chat',
  walk_in: 'walk_in',
  'walk-in': 'walk_in',
  walkin: 'walk_in',
  现场: 'walk_in',
};
const LANGUAGE_WORDS: Record<string, Language> = {
  'zh-cn': 'zh-CN',
  zh: 'zh-CN',
  chinese: 'zh-CN',
  中文: 'zh-CN',
  简体中文: 'zh-CN',
  en: 'en',
  english: 'en',
  英文: 'en',
  英语: 'en',
};

const SERVICE_SEPARATORS = /[;,，；、|\n]+/;

/**
 * A copy of a cell's text. V8 makes a substring share its parent's memory, so a kept cell would keep the
 * whole piece of the file it came from alive: some 60 MB over a 100,000-row import.
 */
const detach = (value: string) => (value.length < 13 ? value : ` ${value}`.slice(1));

/** Checks one data row; a row with any issue is not imported at all. */
export function readRow(
  record: CsvRecord,
  row: number,
  header: Header,
  services: ServiceLookup,
): { staged: StagedRow | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const fail = (field: ImportField | null, code: ImportIssueCode, params?: ImportIssue['params']) => {
    const column = field === null ? null : (header.columns[header.index[field]!]?.header ?? null);
    issues.push({ row, field, column, code, ...(params ? { params } : {}) });
  };
  const cell = (field: ImportField) => {
    const i = header.index[field];
    return i === undefined ? '' : detach((record.fields[i] ?? '').trim());
  };
  const text = (field: ImportField, max: number): string | null => {
    const value = cell(field);
    if (value.length > max) fail(field, 'tooLong', { max });
    return value === '' ? null : value;
  };

  // An over-long record was not read at all: there is nothing else to say about its fields.
  if (record.problem === 'too_long') {
    fail(null, 'csvTooLong', { max: MAX_RECORD_CHARS });
    return { staged: null, issues };
  }
  if (record.problem) fail(null, record.problem === 'stray_quote' ? 'csvQuote' : 'csvUnterminated');
  if (record.fields.slice(header.columns.length).some((f) => f.trim() !== '')) fail(null, 'tooManyFields');

  const name = text('name', 200);
  const partnerCustomerId = text('partnerCustomerId', 64);
  let tenant: string | null = cell('tenantDomain') || null;
  if (tenant !== null) {
    const parsed = tenantDomain.safeParse(tenant);
    if (parsed.success) tenant = parsed.data;
    else fail('tenantDomain', 'domain', { value: tenant });
  }
  // Without a name, the row must name a customer some other row or the case log already has.
  if (name === null && tenant === null && partnerCustomerId === null) fail('name', 'required');

  const keys: string[] = [];
  for (const word of cell('services').split(SERVICE_SEPARATORS)) {
    if (word.trim() === '') continue;
    const key = services.get(serviceForm(word));
    if (key === undefined) fail('services', 'unknownService', { value: word.trim() });
    else if (!keys.includes(key)) keys.push(key);
  }

  const admin = cell('adminRole').toLowerCase();
  const adminRole = admin === '' ? null : YES.has(admin) ? true : NO.has(admin) ? false : undefined;
  if (adminRole === undefined) fail('adminRole', 'adminRole', { value: cell('adminRole') });

  const contact = readContact(cell, text, fail);
  return issues.length > 0
    ? { staged: null, issues }
    : {
        staged: {
          row,
          name,
          tenantDomain: tenant,
          partnerCustomerId,
          services: keys,
          adminRole: adminRole ?? null,
          contact,
        },
        issues,
      };
}

function readContact(
  cell: (f: ImportField) => string,
  text: (f: ImportField, max: number) => string | null,
  fail: (field: ImportField, code: ImportIssueCode, params?: ImportIssue['params']) => void,
): StagedContact | null {
  const name = text('contactName', 100);
  const email = cell('contactEmail') || null;
  const phone = cell('contactPhone') || null;
  const channelWord = cell('contactChannel').toLowerCase();
  const languageWord = cell('contactLanguage').toLowerCase();
  if (name === null) {
    if (email !== null || phone !== null || channelWord !== '' || languageWord !== '') {
      fail('contactName', 'contactName');
    }
    return null;
  }
  if (email !== null && !contactEmail.safeParse(email).success)
    fail('contactEmail', 'email', { value: email });
  if (phone !== null && !contactPhone.safeParse(phone).success)
    fail('contactPhone', 'phone', { value: phone });
  const preferredChannel = channelWord === '' ? null : own(CHANNEL_WORDS, channelWord);
  if (preferredChannel === undefined) fail('contactChannel', 'channel', { value: cell('contactChannel') });
  const language = languageWord === '' ? null : own(LANGUAGE_WORDS, languageWord);
  if (language === undefined) fail('contactLanguage', 'language', { value: cell('contactLanguage') });
  return { name, email, phone, preferredChannel: preferredChannel ?? null, language: language ?? null };
}
