// An RFC 4180 CSV reader: comma-separated fields, double-quoted fields that may hold commas, line breaks
// and "" for a quote; records end with CRLF, LF or a lone CR. It takes text in pieces (the import
// arrives in chunks that may split a record anywhere) and never throws: quoting it cannot make sense of
// is reported on the record, so that the import can name the row instead of failing the whole file.
// Records and fields are bounded: an unclosed quote would otherwise read the rest of the file, however
// large, into one field held in memory. A record past the bound is reported as one row and reading goes on
// at the next line break after the bound. Pure: no I/O, no dependencies.

export type CsvProblem = 'stray_quote' | 'unterminated_quote' | 'too_long';

/** Far beyond a customer row (its longest field holds 200 characters), small enough to hold in memory. */
export const MAX_RECORD_CHARS = 65_536;
export const MAX_FIELD_CHARS = 16_384;

export interface CsvRecord {
  fields: string[];
  problem?: CsvProblem;
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const CR = 13;
const LF = 10;
const BOM = '\uFEFF';

interface Scan {
  records: CsvRecord[];
  /** Index of the first character not consumed: the start of an incomplete last record. */
  next: number;
  /** True when an over-long record runs past the text: what comes next is dropped up to a line break. */
  skipping: boolean;
}

/**
 * Reads the complete records of `text` from `start`. Unless `final`, a record is complete only once its
 * terminator has been seen (a CR at the very end may still be the first half of a CRLF).
 */
function scan(text: string, start: number, final: boolean): Scan {
  const records: CsvRecord[] = [];
  const end = text.length;
  let pos = start;
  const wait = (next: number): Scan => ({ records, next, skipping: false });

  records: while (pos < end) {
    const recordStart = pos;
    const fields: string[] = [];
    let problem: CsvProblem | undefined;
    /**
     * The over-long record is reported; reading resumes after the first line break past the bound, or, with
     * none in this text, the scan ends (skipping on into the next piece unless this is the last).
     */
    const resync = (): number | Scan => {
      records.push({ fields: [], problem: 'too_long' });
      const from = recordStart + MAX_RECORD_CHARS;
      const cr = text.indexOf('\r', from);
      const lf = text.indexOf('\n', from);
      const brk = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
      if (brk === -1) return final ? wait(end) : { records, next: end, skipping: true };
      return brk + (text.charCodeAt(brk) === CR && text.charCodeAt(brk + 1) === LF ? 2 : 1);
    };
    const tooFar = (at: number) => at - recordStart > MAX_RECORD_CHARS;

    for (;;) {
      // One field, starting at pos: a quoted part, if any, then unquoted text up to the field's end.
      let value = '';
      let unquoted = true;
      if (text.charCodeAt(pos) === QUOTE) {
        let from = pos + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (tooFar(q === -1 ? end : q)) {
            const next = resync();
            if (typeof next !== 'number') return next;
            pos = next;
            continue records;
          }
          if (q === -1) {
            if (!final) return wait(recordStart);
            value += text.slice(from);
            problem ??= 'unterminated_quote';
            pos = end;
            break;
          }
          value += text.slice(from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          if (q + 1 === end && !final) return wait(recordStart);
          pos = q + 1;
          break;
        }
        // `"ab"c`: text after the closing quote. Keep it, but say the quoting is broken.
        const after = text.charCodeAt(pos);
        unquoted = pos < end && after !== COMMA && after !== CR && after !== LF;
        if (unquoted) problem ??= 'stray_quote';
      }
      if (unquoted) {
        const stop = fieldEnd(text, pos);
        if (tooFar(stop)) {
          const next = resync();
          if (typeof next !== 'number') return next;
          pos = next;
          continue records;
        }
        const rest = text.slice(pos, stop);
        if (rest.includes('"')) problem ??= 'stray_quote';
        value += rest;
        pos = stop;
      }
      if (value.length > MAX_FIELD_CHARS) problem = 'too_long';
      fields.push(value);

      // What ends the field: a comma (another field follows), a line break, or the end of the text.
      if (pos >= end) {
        if (!final) return wait(recordStart);
        records.push(problem ? { fields, problem } : { fields });
        break records;
      }
      const c = text.charCodeAt(pos);
      if (c === COMMA) {
        pos += 1;
        if (pos === end && !final) return wait(recordStart);
        if (pos === end) {
          fields.push('');
          records.push(problem ? { fields, problem } : { fields });
          break records;
        }
        continue;
      }
      if (c === CR) {
        if (pos + 1 === end && !final) return wait(recordStart);
        pos += text.charCodeAt(pos + 1) === LF ? 2 : 1;
      } else {
        pos += 1; // LF
      }
      records.push(problem ? { fields, problem } : { fields });
      continue records;
    }
  }
  return wait(end);
}

/** Index of the comma or line break that ends an unquoted field starting at `pos` (or the end). */
function fieldEnd(text: string, pos: number): number {
  const end = text.length;
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === LF || c === CR) return i;
    i += 1;
  }
  return end;
}

/** Every record of a whole text (a leading byte-order mark is dropped). */
export function parseCsv(text: string): CsvRecord[] {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  return scan(body, 0, true).records;
}

/** Reads records from text that arrives in pieces split anywhere, even inside a quoted field. */
export class CsvReader {
  private carry = '';
  private started = false;
  private skipping = false;

  /** The records completed by this piece; an unfinished last record waits for the next piece. */
  push(piece: string): CsvRecord[] {
    if (this.skipping) {
      const brk = piece.search(/[\r\n]/);
      if (brk === -1) return [];
      this.skipping = false;
      piece = piece.slice(brk + (piece.startsWith('\r\n', brk) ? 2 : 1));
    }
    let text = this.carry + piece;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith(BOM)) text = text.slice(1);
    }
    const { records, next, skipping } = scan(text, 0, false);
    this.carry = text.slice(next);
    this.skipping = skipping;
    return records;
  }

  /** The last record, once no more text will come. */
  end(): CsvRecord[] {
    const text = this.carry;
    this.carry = '';
    this.skipping = false;
    return scan(text, 0, true).records;
  }
}

/** True for a line with nothing on it, which the import skips. */
export const isBlankRecord = (record: CsvRecord) =>
  record.fields.every((f) => f.trim() === '') && record.problem === undefined;
