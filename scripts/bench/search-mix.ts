// The search queries an agent really types, chosen on the generated desk by how many cases they match,
// each with the bare engine query that answers the same question as its baseline.
import type Database from 'better-sqlite3';
import type { CaseFilters } from '../../core/case-query';
import type { GeneratedDesk } from './generate';
import { SEARCH_LIMIT } from '../../renderer/features/caselist/list-limits';

export interface SearchClass {
  name: string;
  /** What the row is, for the report: the queries and the share of cases they match. */
  about: string;
  queries: { query: string; filters: CaseFilters }[];
  baseline: string;
  runBaseline: (i: number) => void;
}

const CANDIDATES = [
  '办公室',
  '分公司',
  '研发中心',
  '客户端',
  'Outlook',
  'Teams',
  'customer',
  'screenshot',
  '知识库',
];
const TRIGRAM_TABLES = ['case_text', 'note_text', 'customer_text'] as const;

const phrase = (query: string) =>
  query
    .split(/\s+/)
    .map((w) => `"${w.replaceAll('"', '""')}"`)
    .join(' ');

/** Share of cases whose own text or notes contain `term` (setup only: it reads every match). */
function share(bare: Database.Database, term: string, cases: number): number {
  const n = bare
    .prepare(
      `SELECT count(*) FROM (
         SELECT rowid AS r FROM case_text WHERE case_text MATCH ?
         UNION SELECT c.rowid FROM note_text JOIN case_events e ON e.rowid = note_text.rowid
           JOIN cases c ON c.id = e.case_id WHERE note_text MATCH ?)`,
    )
    .pluck()
    .get(phrase(term), phrase(term)) as number;
  return n / cases;
}

export function searchMix(bare: Database.Database, desk: GeneratedDesk, cases: number): SearchClass[] {
  const shares = CANDIDATES.map((term) => ({ term, share: share(bare, term, cases) }));
  const nearest = (target: number) =>
    shares.reduce((a, b) => (Math.abs(b.share - target) < Math.abs(a.share - target) ? b : a));
  const common30 = nearest(0.3);
  const common70 = nearest(0.7);
  const pct = (s: number) => `${Math.round(s * 100)} %`;

  // The least the engine must do for a text query: find the newest 200 rows in each trigram index.
  const matchEach = TRIGRAM_TABLES.map((t) =>
    bare.prepare(`SELECT rowid FROM ${t} WHERE ${t} MATCH ? ORDER BY rowid DESC LIMIT ${SEARCH_LIMIT}`),
  );
  const bareMatch = (query: string) => () => {
    for (const s of matchEach) s.all(phrase(query));
  };
  // With filters: the same match, narrowed by the filter columns of the case it belongs to.
  const filteredCase = bare.prepare(
    `SELECT c.rowid FROM case_text JOIN cases c ON c.rowid = case_text.rowid
     WHERE case_text MATCH ? AND c.severity = ? AND (? IS NULL OR c.support_area = ?) AND (? IS NULL OR c.service = ?)
     ORDER BY case_text.rowid DESC LIMIT ${SEARCH_LIMIT}`,
  );
  const filteredNote = bare.prepare(
    `SELECT c.rowid FROM note_text JOIN case_events e ON e.rowid = note_text.rowid JOIN cases c ON c.id = e.case_id
     WHERE note_text MATCH ? AND c.severity = ? AND (? IS NULL OR c.support_area = ?) AND (? IS NULL OR c.service = ?)
     ORDER BY note_text.rowid DESC LIMIT ${SEARCH_LIMIT}`,
  );
  const bareFiltered =
    (query: string, severity: string, area: string | null, service: string | null) => () => {
      for (const s of [filteredCase, filteredNote])
        s.all(phrase(query), severity, area, area, service, service);
    };
  // No index holds terms of one or two characters: the floor is reading 200 rows in list order.
  const newest = bare.prepare(`SELECT * FROM cases ORDER BY updated_at DESC, id DESC LIMIT ${SEARCH_LIMIT}`);

  const rare = `#${Math.floor(cases / 2)}-4`;
  const text = (queries: string[], baseline: string, about: string, name: string): SearchClass => {
    const runs = queries.map(bareMatch);
    return {
      name,
      about,
      queries: queries.map((query) => ({ query, filters: {} })),
      baseline,
      runBaseline: (i) => runs[i % runs.length]!(),
    };
  };
  const bareMatchName = 'bare FTS5 MATCH, newest 200, per trigram index';
  return [
    text([rare], bareMatchName, `one note's tag (${rare})`, 'search_rare'),
    text(
      [common30.term],
      bareMatchName,
      `${common30.term}: ${pct(common30.share)} of cases`,
      'search_common_30',
    ),
    text(
      [common70.term],
      bareMatchName,
      `${common70.term}: ${pct(common70.share)} of cases`,
      'search_common_70',
    ),
    text(['量子纠缠', 'xyzzy'], bareMatchName, 'no case matches', 'search_zero_hit'),
    text(
      ['Contoso Outlook', `${common30.term} Teams`],
      bareMatchName,
      'terms in different fields',
      'search_cross_field',
    ),
    text(
      desk.requestNumbers.slice(0, 8).map((n) => n.slice(-8)),
      bareMatchName,
      'last 8 digits of a 21Vianet request number',
      'search_request_number',
    ),
    text(
      desk.customerNames.slice(0, 8).map((n) => n.slice(0, 4)),
      bareMatchName,
      'first 4 characters of a customer name',
      'search_customer',
    ),
    {
      name: 'search_two_char',
      about: '邮件, 密码, BI (below the trigram index)',
      queries: ['邮件', '密码', 'BI'].map((query) => ({ query, filters: {} })),
      baseline: 'bare indexed SELECT of the newest 200 cases',
      runBaseline: () => void newest.all(),
    },
    {
      name: 'search_one_filter',
      about: `${common30.term} + severity A`,
      queries: [{ query: common30.term, filters: { severities: ['A'] } }],
      baseline: 'bare FTS5 MATCH joined to cases, severity in WHERE',
      runBaseline: bareFiltered(common30.term, 'A', null, null),
    },
    {
      name: 'search_three_filters',
      about: `${common70.term} + accounts and billing + Power BI + A`,
      queries: [
        {
          query: common70.term,
          filters: { supportAreas: ['accounts_billing'], services: ['powerbi'], severities: ['A'] },
        },
      ],
      baseline: 'bare FTS5 MATCH joined to cases, filters in WHERE',
      runBaseline: bareFiltered(common70.term, 'A', 'accounts_billing', 'powerbi'),
    },
  ];
}
