// A customer's support-process sheet: the desk's template with its placeholders filled from the customer
// (tenant, services, named contacts) and from the desk's SLA policy as it stands (never a copy of its
// numbers). Pure, in the words of the i18n resources, so the sheet, the editor's preview and the tests fill
// alike.
import type { Channel, Language } from './domain';
import { SEVERITIES } from './domain';
import { translatorFor, type Translate } from './i18n/translate';
import type { SlaPolicy } from './sla';
import { SHEET_PLACEHOLDER_SET, type SheetPlaceholder } from './support-sheet';
import { MINUTES_PER_DAY, MINUTES_PER_HOUR } from './time';

export interface SheetFacts {
  customer: { name: string; tenantDomain: string | null; partnerCustomerId: string | null };
  services: { nameZh: string; nameEn: string }[];
  contacts: {
    name: string;
    email: string | null;
    phone: string | null;
    preferredChannel: Channel | null;
  }[];
  policy: SlaPolicy;
  version: number;
  /** The day the sheet is filled, YYYY-MM-DD in the desk's time zone. */
  date: string;
}

/** Customer text put into Markdown shows as typed: no emphasis, link or table cell is made of it. */
export const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]|#<>~]/g, (c) => `\\${c}`);

/** A target as the customer reads it: whole days, else hours, else hours and minutes. */
export function targetText(t: Translate, minutes: number): string {
  if (minutes % MINUTES_PER_DAY === 0)
    return t('supportSheet.fill.days', { count: minutes / MINUTES_PER_DAY });
  const hours = Math.floor(minutes / MINUTES_PER_HOUR);
  const rest = minutes % MINUTES_PER_HOUR;
  const parts = [
    ...(hours ? [t('supportSheet.fill.hours', { count: hours })] : []),
    ...(rest ? [t('supportSheet.fill.minutes', { count: rest })] : []),
  ];
  return parts.join(' ');
}

function severityTable(t: Translate, policy: SlaPolicy): string {
  const head = ['severity', 'meaning', 'firstResponse', 'nextUpdate', 'resolution'].map((k) =>
    t(`supportSheet.fill.columns.${k}`),
  );
  const rows = SEVERITIES.map((s) => {
    const target = policy.targets[s];
    return [
      t(`severities.${s}`),
      t(`supportSheet.fill.meaning.${s}`),
      targetText(t, target.firstResponseMin),
      targetText(t, target.nextUpdateMin),
      targetText(t, target.resolutionMin),
    ];
  });
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function contactList(t: Translate, contacts: SheetFacts['contacts']): string {
  if (!contacts.length) return t('supportSheet.fill.noContacts');
  return contacts
    .map((c) => {
      const reach = [c.email, c.phone].filter((v): v is string => !!v).map(escapeMarkdown);
      const via = c.preferredChannel
        ? [t('supportSheet.fill.prefers', { channel: t(`channels.${c.preferredChannel}`) })]
        : [];
      return `- ${[`**${escapeMarkdown(c.name)}**`, ...reach, ...via].join(' · ')}`;
    })
    .join('\n');
}

/** Every placeholder's value in the language; none is empty, so none is left in braces. */
export function sheetValues(language: Language, facts: SheetFacts): Record<SheetPlaceholder, string> {
  const t = translatorFor(language);
  const none = t('supportSheet.fill.none');
  const { customer, policy } = facts;
  const first = (s: 'A' | 'B' | 'C') => targetText(t, policy.targets[s].firstResponseMin);
  const resolution = (s: 'A' | 'B' | 'C') => targetText(t, policy.targets[s].resolutionMin);
  const services = facts.services.map((s) => escapeMarkdown(language === 'en' ? s.nameEn : s.nameZh));
  return {
    customer: escapeMarkdown(customer.name),
    tenant: customer.tenantDomain ? escapeMarkdown(customer.tenantDomain) : none,
    partner_id: customer.partnerCustomerId ? escapeMarkdown(customer.partnerCustomerId) : none,
    services: services.length ? services.map((s) => `- ${s}`).join('\n') : t('supportSheet.fill.noServices'),
    contacts: contactList(t, facts.contacts),
    severity_targets: severityTable(t, policy),
    response_a: first('A'),
    response_b: first('B'),
    response_c: first('C'),
    resolution_a: resolution('A'),
    resolution_b: resolution('B'),
    resolution_c: resolution('C'),
    version: String(facts.version),
    date: facts.date,
  };
}

export const fillSheet = (body: string, language: Language, facts: SheetFacts): string =>
  SHEET_PLACEHOLDER_SET.fill(body, sheetValues(language, facts));

/** The customer the template editor previews with: made up, in the language previewed. */
export function sampleSheetFacts(
  language: Language,
  rest: Pick<SheetFacts, 'policy' | 'version' | 'date'>,
): SheetFacts {
  const t = translatorFor(language);
  return {
    customer: {
      name: t('supportSheet.sample.customer'),
      tenantDomain: 'contoso.partner.onmschina.cn',
      partnerCustomerId: '3f2b6c1e-8a4d-4b7e-9c2a-1d5e7f9a0b3c',
    },
    services: [
      { nameZh: '由世纪互联运营的 Office 365', nameEn: 'Office 365 operated by 21Vianet' },
      { nameZh: '由世纪互联运营的 Azure', nameEn: 'Azure operated by 21Vianet' },
    ],
    contacts: [
      {
        name: t('supportSheet.sample.contact'),
        email: 'it@contoso.partner.onmschina.cn',
        phone: '+86 21 5555 0100',
        preferredChannel: 'email',
      },
    ],
    ...rest,
  };
}
