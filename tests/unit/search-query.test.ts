import { describe, expect, it } from 'vitest';
import { dayStart } from '../../core/local-time';
import { foldText } from '../../core/search-text';
import { filtersExclude, mergeFilters, parseSearch, qualifiersToFilters } from '../../core/search-query';

const parse = (q: string) => parseSearch(q, { utcOffsetMinutes: 480 });
const terms = (q: string) =>
  parse(q).clauses.map((c) => `${c.negated ? '-' : ''}${c.any.map((t) => t.text).join('|')}`);

describe('the search query language', () => {
  it('requires every word, keeps quoted phrases whole and strips a trailing *', () => {
    expect(terms('Contoso  Outlook')).toEqual(['Contoso', 'Outlook']);
    expect(terms('"password expired" 邮件')).toEqual(['password expired', '邮件']);
    expect(terms('"Outlook"')).toEqual(['Outlook']);
    expect(terms('Outlook*')).toEqual(['Outlook']);
  });

  it('excludes with - and NOT, and joins alternatives with OR', () => {
    expect(terms('Outlook -邮件')).toEqual(['Outlook', '-邮件']);
    expect(terms('-"ext 12" BI')).toEqual(['-ext 12', 'BI']);
    expect(terms('NOT Outlook')).toEqual(['-Outlook']);
    expect(terms('Outlook OR Teams 邮件')).toEqual(['Outlook|Teams', '邮件']);
    expect(terms('a OR b OR c')).toEqual(['a|b|c']);
    expect(terms('a AND b')).toEqual(['a', 'b']);
  });

  it('narrows terms to fields and turns the filter qualifiers into filters', () => {
    const p = parse('customer:"Contoso China" contact:刘强 severity:A,b status:open tag:VIP 邮件');
    expect(p.clauses.map((c) => c.any[0])).toEqual([
      { text: 'Contoso China', fields: ['customer'] },
      { text: '刘强', fields: ['contacts'] },
      { text: '邮件' },
    ]);
    expect(p.filters).toEqual({
      severities: ['A', 'B'],
      statuses: ['new', 'in_progress', 'waiting_customer', 'waiting_21v'],
      tag: 'VIP',
    });
    expect(p.qualifiers).toEqual(['severity:A,b', 'status:open', 'tag:VIP']);
    expect(p.rest).toBe('customer:"Contoso China" contact:刘强 邮件');
  });

  it('reads created dates as days of the desk', () => {
    const day = (d: string) => dayStart(d, 480);
    expect(parse('created:>2026-11-01').filters).toEqual({ createdFrom: day('2026-11-02') });
    expect(parse('created:>=2026-11-01').filters).toEqual({ createdFrom: day('2026-11-01') });
    expect(parse('created:<2026-11-01').filters).toEqual({ createdTo: day('2026-11-01') });
    expect(parse('created:2026-11-01').filters).toEqual({
      createdFrom: day('2026-11-01'),
      createdTo: day('2026-11-02'),
    });
    expect(parse('created:2026-11-01..2026-11-30').filters).toEqual({
      createdFrom: day('2026-11-01'),
      createdTo: day('2026-12-01'),
    });
  });

  it('searches as plain text whatever it cannot read', () => {
    expect(terms('severity:Z created:yesterday foo:bar')).toEqual([
      'severity:Z',
      'created:yesterday',
      'foo:bar',
    ]);
    expect(terms('"status:closed"')).toEqual(['status:closed']);
    expect(terms('-status:closed')).toEqual(['-status:closed']);
    expect(terms('" * - ( { \\ % _ \'')).toEqual(['"', '*', '-', '(', '{', '\\', '%', '_', "'"]);
    expect(terms('- OR NOT')).toEqual(['-|NOT']);
    expect(terms('5" screen')).toEqual(['5"', 'screen']);
    expect(terms('OR a')).toEqual(['OR', 'a']);
    expect(terms('a OR')).toEqual(['a', 'OR']);
    expect(terms('a OR -b')).toEqual(['a|-b']);
    expect(terms('""')).toEqual([]);
  });

  it('merges filters from the box and the bar, keeping what both allow', () => {
    expect(mergeFilters({ severities: ['A', 'B'] }, { severities: ['B', 'C'] })).toEqual({
      severities: ['B'],
    });
    expect(filtersExclude(mergeFilters({ severities: ['A'] }, { severities: ['C'] }))).toBe(true);
    expect(filtersExclude(mergeFilters({ tag: 'x' }, { severities: ['C'] }))).toBe(false);
  });
});

describe('qualifiers typed in the search box', () => {
  const move = (q: string, typing = false) =>
    qualifiersToFilters(q, { severities: ['C'], tag: 'old' }, { utcOffsetMinutes: 480, typing });

  it('become filters, replacing the same filter, and leave the rest of the query', () => {
    expect(move('severity:A 邮件')).toEqual({ text: '邮件', filters: { severities: ['A'], tag: 'old' } });
    expect(move('邮件 tag:VIP')).toEqual({ text: '邮件', filters: { severities: ['C'], tag: 'VIP' } });
    expect(move('邮件 Outlook')).toEqual({
      text: '邮件 Outlook',
      filters: { severities: ['C'], tag: 'old' },
    });
  });

  it('wait while the last word is still being typed', () => {
    expect(move('邮件 tag:VI', true).text).toBe('邮件 tag:VI');
    expect(move('status:open tag:VI', true)).toEqual({
      text: 'tag:VI',
      filters: {
        severities: ['C'],
        tag: 'old',
        statuses: ['new', 'in_progress', 'waiting_customer', 'waiting_21v'],
      },
    });
    expect(move('tag:VIP ', true).filters.tag).toBe('VIP');
  });
});

describe('case folding for search', () => {
  it('lower-cases character for character, keeping positions', () => {
    for (const text of ['Outlook AADSTS50076', 'ΟΔΟΣ Σ', 'İstanbul', '邮件 BI', 'ǅ𐐀x']) {
      const folded = foldText(text);
      expect(folded).toHaveLength(text.length);
      expect(folded).toBe(
        [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join(''),
      );
    }
  });
});
