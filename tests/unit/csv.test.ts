import { describe, expect, it } from 'vitest';
import {
  CsvReader,
  isBlankRecord,
  MAX_FIELD_CHARS,
  MAX_RECORD_CHARS,
  parseCsv,
  type CsvRecord,
} from '../../electron/services/csv';

const fields = (records: CsvRecord[]) => records.map((r) => r.fields);

describe('parseCsv (RFC 4180)', () => {
  it.each<[string, string, string[][]]>([
    ['empty text', '', []],
    ['one field', 'a', [['a']]],
    ['one record', 'a,b,c', [['a', 'b', 'c']]],
    [
      'CRLF records',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'LF records',
      'a,b\nc,d\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'lone CR records',
      'a,b\rc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['mixed line ends', 'a\r\nb\nc\rd', [['a'], ['b'], ['c'], ['d']]],
    [
      'no final line break',
      'a,b\r\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['empty fields', ',a,,b,', [['', 'a', '', 'b', '']]],
    ['a lone comma', ',', [['', '']]],
    ['a blank line is one empty field', 'a\r\n\r\nb', [['a'], [''], ['b']]],
    ['spaces are kept', ' a , b ', [[' a ', ' b ']]],
    ['quoted field', '"a",b', [['a', 'b']]],
    ['quoted empty field', '"",""', [['', '']]],
    ['quoted comma', '"a,b",c', [['a,b', 'c']]],
    ['doubled quote', '"say ""hi""",x', [['say "hi"', 'x']]],
    ['only a doubled quote', '""""', [['"']]],
    ['quoted CRLF', '"line 1\r\nline 2",x\r\ny', [['line 1\r\nline 2', 'x'], ['y']]],
    ['quoted LF', '"a\nb"', [['a\nb']]],
    ['quoted field last on a line', 'a,"b"\r\nc', [['a', 'b'], ['c']]],
    ['trailing comma then end', 'a,\r\n', [['a', '']]],
    [
      'Chinese text',
      '客户名称,租户域名\r\n上海明远,"北京, 华信"',
      [
        ['客户名称', '租户域名'],
        ['上海明远', '北京, 华信'],
      ],
    ],
    ['emoji and supplementary characters', '"𠮷野家 🍜",x', [['𠮷野家 🍜', 'x']]],
  ])('%s', (_name, text, expected) => {
    const records = parseCsv(text);
    expect(fields(records)).toEqual(expected);
    expect(records.every((r) => r.problem === undefined)).toBe(true);
  });

  it('drops a byte-order mark at the start, and only there', () => {
    expect(fields(parseCsv('\uFEFFname,tenant\r\nx,y'))).toEqual([
      ['name', 'tenant'],
      ['x', 'y'],
    ]);
    expect(fields(parseCsv('a,\uFEFFb'))).toEqual([['a', '\uFEFFb']]);
  });

  it('reports a quote inside an unquoted field, keeping the text', () => {
    const [record, next] = parseCsv('5" display,x\r\nok');
    expect(record).toEqual({ fields: ['5" display', 'x'], problem: 'stray_quote' });
    expect(next).toEqual({ fields: ['ok'] });
  });

  it('reports text after a closing quote, keeping it', () => {
    expect(parseCsv('"ab"c,d')).toEqual([{ fields: ['abc', 'd'], problem: 'stray_quote' }]);
  });

  it('reports a quote left open at the end, the rest of the text becoming the field', () => {
    expect(parseCsv('a,"open\r\nb,c')).toEqual([
      { fields: ['a', 'open\r\nb,c'], problem: 'unterminated_quote' },
    ]);
  });

  it('reads 100,000 records of realistic size quickly', () => {
    const line =
      '上海明远贸易有限公司,mingyuan.partner.onmschina.cn,"Office 365;Azure",王晓明,wang@mingyuan.cn\r\n';
    const text = line.repeat(100_000);
    const started = performance.now();
    const records = parseCsv(text);
    expect(records).toHaveLength(100_000);
    expect(records[99_999]!.fields[2]).toBe('Office 365;Azure');
    // Generous: the parser itself takes a few tens of milliseconds here.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('CsvReader: text in pieces split anywhere', () => {
  const sample =
    '\uFEFF客户名称,服务,备注\r\n' +
    '"上海 ""明远""",Office 365,"第一行\r\n第二行"\r\n' +
    'b,,\r' +
    'c,"x,y",\n' +
    '"",z,"结尾"';

  it('gives the same records as reading the whole text, for every split point', () => {
    const whole = parseCsv(sample);
    expect(whole).toHaveLength(5);
    for (let cut = 0; cut <= sample.length; cut++) {
      const reader = new CsvReader();
      const records = [
        ...reader.push(sample.slice(0, cut)),
        ...reader.push(sample.slice(cut)),
        ...reader.end(),
      ];
      expect(records, `split at ${cut}`).toEqual(whole);
    }
  });

  it('gives the same records one character at a time', () => {
    const reader = new CsvReader();
    const records: CsvRecord[] = [];
    for (const ch of sample) records.push(...reader.push(ch));
    records.push(...reader.end());
    expect(records).toEqual(parseCsv(sample));
  });

  it('holds back a CR at the end of a piece until it knows whether LF follows', () => {
    const reader = new CsvReader();
    expect(fields(reader.push('a,b\r'))).toEqual([]);
    expect(fields(reader.push('\nc'))).toEqual([['a', 'b']]);
    expect(fields(reader.end())).toEqual([['c']]);
  });

  it('holds back a closing quote at the end of a piece: it may be the first half of ""', () => {
    const reader = new CsvReader();
    expect(fields(reader.push('"a"'))).toEqual([]);
    expect(fields(reader.push('"b",c\n'))).toEqual([['a"b', 'c']]);
    expect(reader.end()).toEqual([]);
  });

  it('drops the BOM even when it arrives alone, after empty pieces', () => {
    const reader = new CsvReader();
    expect(reader.push('')).toEqual([]);
    expect(reader.push('\uFEFF')).toEqual([]);
    expect(fields([...reader.push('a\n'), ...reader.end()])).toEqual([['a']]);
  });

  it('reports an unterminated quote only at the end', () => {
    const reader = new CsvReader();
    expect(reader.push('x\n"never closed,')).toEqual([{ fields: ['x'] }]);
    expect(reader.push('still open\n')).toEqual([]);
    expect(reader.end()).toEqual([{ fields: ['never closed,still open\n'], problem: 'unterminated_quote' }]);
  });
});

describe('bounded records', () => {
  it('stops reading an unclosed quote at the bound and goes on after the next line break', () => {
    const reader = new CsvReader();
    const out: CsvRecord[] = [...reader.push('a,b\n"never closed,')];
    const piece = `${'x'.repeat(10_000)}\n`;
    let carried = 0;
    for (let i = 0; i < 50; i += 1) {
      out.push(...reader.push(piece));
      carried = Math.max(carried, (reader as unknown as { carry: string }).carry.length);
    }
    out.push(...reader.push('c,d\n'), ...reader.end());
    // The reader never held much more than the bound, however long the unclosed field ran.
    expect(carried).toBeLessThanOrEqual(MAX_RECORD_CHARS + piece.length);
    expect(out[0]).toEqual({ fields: ['a', 'b'] });
    expect(out[1]).toEqual({ fields: [], problem: 'too_long' });
    expect(out.filter((r) => r.problem === 'too_long')).toHaveLength(1);
    expect(out.at(-1)).toEqual({ fields: ['c', 'd'] });
  });

  it('reports an over-long unquoted line once and reads the next', () => {
    const text = `a\n${'y'.repeat(MAX_RECORD_CHARS + 10)}\nb\n`;
    expect(parseCsv(text)).toEqual([
      { fields: ['a'] },
      { fields: [], problem: 'too_long' },
      { fields: ['b'] },
    ]);
  });

  it('reports a whole text that is one unclosed quote as one over-long record', () => {
    expect(parseCsv(`"${'z'.repeat(MAX_RECORD_CHARS * 3)}`)).toEqual([{ fields: [], problem: 'too_long' }]);
  });

  it('flags a field longer than its bound within a record that fits', () => {
    const [record] = parseCsv(`a,${'w'.repeat(MAX_FIELD_CHARS + 1)}\n`);
    expect(record?.problem).toBe('too_long');
  });

  it('gives the same records whatever the piece size', () => {
    const text = `h\n"open${'q'.repeat(MAX_RECORD_CHARS)}\nnext,1\n"ok",2\n`;
    const whole = parseCsv(text);
    for (const size of [1_000, 7_777, 65_536, 200_000]) {
      const reader = new CsvReader();
      const pieces: CsvRecord[] = [];
      for (let at = 0; at < text.length; at += size) pieces.push(...reader.push(text.slice(at, at + size)));
      pieces.push(...reader.end());
      expect(pieces, String(size)).toEqual(whole);
    }
    expect(whole).toEqual([
      { fields: ['h'] },
      { fields: [], problem: 'too_long' },
      { fields: ['next', '1'] },
      { fields: ['ok', '2'] },
    ]);
  });
});

describe('isBlankRecord', () => {
  it('is true for empty lines and lines of empty fields only', () => {
    expect(isBlankRecord({ fields: [''] })).toBe(true);
    expect(isBlankRecord({ fields: ['', ' ', ''] })).toBe(true);
    expect(isBlankRecord({ fields: ['', 'x'] })).toBe(false);
    expect(isBlankRecord({ fields: [''], problem: 'stray_quote' })).toBe(false);
  });
});
