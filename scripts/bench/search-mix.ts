// The search queries an agent really types, chosen on the generated desk by how many cases they match,
// each beside the bare FTS5 query of each of its terms on the same index (the least the engine must do:
// the count, and the first page in the order the list shows them: by bm25 up to RANKED_MATCHES_MAX matches,
// newest first above), and a LIKE scan of every searched table as the no-index reference.
import type Database from 'better-sqlite3';
import { RANKED_MATCHES_MAX, SEARCH_COUNT_CAP, type CaseFilters } from '../../core/case-query';
import { parseSearch } from '../../core/search-query';
import { BM25 } from '../../db/queries/search';
import { termPhrase } from '../../db/search/tokens';
import type { GeneratedDesk } from './generate';
import { SEARCH_LIMIT } from '../../renderer/features/caselist/list-limits';

export interface SearchClass {
  name: string;
  /** What the row is, for the report: the queries and the share of cases they match. */
  about: string;
  queries: { query: string; filters: CaseFilters }[];
  baseline: string;
  runBaseline: (i: number) => void;
  /** The same question answered without an index, for the classes that have it. */
  runScan?: (i: number) => void;
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
  '值班经理',
];

const termsOf = (query: string) =>
  parseSearch(query, { utcOffsetMinutes: 480 }).clauses.flatMap((c) => c.any.map((t) => t.text));

export function searchMix(bare: Database.Database, desk: GeneratedDesk, cases: number): SearchClass[] {
  const countOf = bare.prepare(
    `SELECT count(*) FROM (SELECT 1 FROM case_search WHERE case_search MATCH ? LIMIT ${SEARCH_COUNT_CAP + 1})`,
  );
  const best = bare.prepare(
    `SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY ${BM25} LIMIT ${SEARCH_LIMIT}`,
  );
  const newest = bare.prepare(
    `SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rowid DESC LIMIT ${SEARCH_LIMIT}`,
  );
  const filteredWhere = `FROM case_search s JOIN cases c ON c.rowid = s.rowid
     WHERE case_search MATCH ? AND c.severity = ? AND (? IS NULL OR c.support_area = ?) AND (? IS NULL OR c.service = ?)`;
  const filtered = bare.prepare(`SELECT s.rowid ${filteredWhere} ORDER BY ${BM25} LIMIT ${SEARCH_LIMIT}`);
  const filteredNewest = bare.prepare(
    `SELECT s.rowid ${filteredWhere} ORDER BY s.rowid DESC LIMIT ${SEARCH_LIMIT}`,
  );
  const filteredCount = bare.prepare(
    `SELECT count(*) FROM (SELECT 1 ${filteredWhere} LIMIT ${SEARCH_COUNT_CAP + 1})`,
  );
  const share = (term: string) =>
    (bare
      .prepare('SELECT count(*) FROM case_search WHERE case_search MATCH ?')
      .pluck()
      .get(termPhrase(term)) as number) / cases;
  const shares = CANDIDATES.map((term) => ({ term, share: share(term) }));
  const nearest = (target: number) =>
    shares.reduce((a, b) => (Math.abs(b.share - target) < Math.abs(a.share - target) ? b : a));
  const common30 = nearest(0.3);
  const common70 = nearest(0.7);
  const pct = (s: number) => `${Math.round(s * 100)} %`;

  // Each term of the query on its own, as the bare engine answers it: the count and the first page.
  const bareTerms = (query: string) => {
    const phrases = termsOf(query).map(termPhrase);
    return () => {
      for (const p of phrases) {
        const n = countOf.pluck().get(p) as number;
        (n <= RANKED_MATCHES_MAX ? best : newest).all(p);
      }
    };
  };
  const bareFiltered = (query: string, severity: string, area: string | null, service: string | null) => {
    const phrases = termsOf(query).map(termPhrase);
    return () => {
      for (const p of phrases) {
        const params = [p, severity, area, area, service, service];
        const n = filteredCount.pluck().get(...params) as number;
        (n <= RANKED_MATCHES_MAX ? filtered : filteredNewest).all(...params);
      }
    };
  };
  // No index: every searched table read with LIKE, each term required somewhere in the case.
  const scanTerm = `(c.number LIKE @t OR c.title LIKE @t OR c.description LIKE @t OR cu.name LIKE @t
    OR cu.tenant_domain LIKE @t OR EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id
      AND json_extract(e.payload, '$.body') LIKE @t))`;
  const scan = (query: string) => {
    const terms = termsOf(query);
    const statement = bare.prepare(
      `SELECT count(*) FROM cases c JOIN customers cu ON cu.id = c.customer_id
       WHERE ${terms.map((_, i) => scanTerm.replaceAll('@t', `@t${i}`)).join(' AND ')}`,
    );
    const params = Object.fromEntries(terms.map((t, i) => [`t${i}`, `%${t}%`]));
    return () => void statement.pluck().get(params);
  };

  const rare = `#${Math.floor(cases / 2)}-4`;
  const firstPage = `the count and the first ${SEARCH_LIMIT}`;
  const bareName = `bare FTS5 MATCH of each term: ${firstPage}`;
  const text = (name: string, about: string, queries: string[], withScan = false): SearchClass => {
    const runs = queries.map(bareTerms);
    const scans = withScan ? queries.map(scan) : [];
    return {
      name,
      about,
      queries: queries.map((query) => ({ query, filters: {} })),
      baseline: bareName,
      runBaseline: (i) => runs[i % runs.length]!(),
      ...(withScan ? { runScan: (i: number) => scans[i % scans.length]!() } : {}),
    };
  };
  const customerStart = desk.customerNames[desk.customerNames.length - 1]!.slice(0, 2);
  return [
    text('search_rare', `one note's tag (${rare})`, [rare], true),
    text(
      'search_common_30',
      `${common30.term}: ${pct(common30.share)} of cases, first page and the count`,
      [common30.term],
      true,
    ),
    text('search_common_70', `${common70.term}: ${pct(common70.share)} of cases`, [common70.term]),
    text('search_zero_hit', 'no case matches', ['量子纠缠', 'xyzzy']),
    text(
      'search_cross_field',
      'terms in different fields (customer + title)',
      ['Contoso Outlook', `${customerStart} ${common30.term}`],
      true,
    ),
    text('search_two_char', '邮件, 登录, BI (two characters)', ['邮件', '登录', 'BI'], true),
    text('search_one_char', '邮, 码 (one character)', ['邮', '码']),
    text('search_phrase', '"error message", "远程协助" (phrases)', ['"error message"', '"远程协助"'], true),
    {
      ...text('search_qualifier', `severity:A ${common30.term} (a qualifier and a word)`, []),
      queries: [{ query: `severity:A ${common30.term}`, filters: {} }],
      baseline: `bare FTS5 MATCH joined to cases, severity in WHERE: ${firstPage}`,
      runBaseline: bareFiltered(common30.term, 'A', null, null),
    },
    text(
      'search_request_number',
      'last 8 digits of a 21Vianet request number',
      desk.requestNumbers.slice(0, 8).map((n) => n.slice(-8)),
    ),
    text(
      'search_customer',
      'first 4 characters of a customer name',
      desk.customerNames.slice(0, 8).map((n) => n.slice(0, 4)),
    ),
    {
      ...text('search_three_filters', `${common70.term} + accounts and billing + Power BI + A`, []),
      queries: [
        {
          query: common70.term,
          filters: { supportAreas: ['accounts_billing'], services: ['powerbi'], severities: ['A'] },
        },
      ],
      baseline: `bare FTS5 MATCH joined to cases, filters in WHERE: ${firstPage}`,
      runBaseline: bareFiltered(common70.term, 'A', 'accounts_billing', 'powerbi'),
    },
  ];
}

/** Bytes the case search index keeps in its shadow tables (index b-tree, doclists, sizes). */
export function searchIndexBytes(db: Database.Database): number {
  return db
    .prepare(
      `SELECT (SELECT coalesce(sum(length(block)), 0) FROM case_search_data)
            + (SELECT coalesce(sum(length(sz)), 0) FROM case_search_docsize)
            + (SELECT count(*) * 16 FROM case_search_idx)`,
    )
    .pluck()
    .get() as number;
}
