// An RFC 4180 CSV reader: comma-separated fields, double-quoted fields that may hold commas, line breaks
// and "" for a quote; records end with CRLF, LF or a lone CR. It takes text in pieces (the import
// arrives in chunks that may split a record anywhere) and never throws: quoting it cannot make sense of
// is reported on the record, so that the import can name the row instead of failing the whole file.
// Pure: no I/O, no dependencies.

export type CsvProblem = 'stray_quote' | 'unterminated_quote';

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
}

/**
 * Reads the complete records of `text` from `start`. Unless `final`, a record is complete only once its
 * terminator has been seen (a CR at the very end may still be the first half of a CRLF).
 */
function scan(text: string, start: number, final: boolean): Scan {
  const records: CsvRecord[] = [];
  const end = text.length;
  let pos = start;

  records: while (pos < end) {
    const recordStart = pos;
    const fields: string[] = [];
    let problem: CsvProblem | undefined;

    for (;;) {
      // One field, starting at pos.
      let value: string;
      if (text.charCodeAt(pos) === QUOTE) {
        let out = '';
        let from = pos + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) {
            if (!final) return { records, next: recordStart };
            out += text.slice(from);
            problem ??= 'unterminated_quote';
            pos = end;
            break;
          }
          out += text.slice(from, q);
          const after = text.charCodeAt(q + 1);
          if (after === QUOTE) {
            out += '"';
            from = q + 2;
            continue;
          }
          if (q + 1 === end && !final) return { records, next: recordStart };
          pos = q + 1;
          if (q + 1 < end && after !== COMMA && after !== CR && after !== LF) {
            // `"ab"c`: text after the closing quote. Keep it, but say the quoting is broken.
            problem ??= 'stray_quote';
            const stop = fieldEnd(text, pos);
            out += text.slice(pos, stop);
            pos = stop;
          }
          break;
        }
        value = out;
      } else {
        const stop = fieldEnd(text, pos);
        value = text.slice(pos, stop);
        if (value.includes('"')) problem ??= 'stray_quote';
        pos = stop;
      }
      fields.push(value);

      // What ends the field: a comma (another field follows), a line break, or the end of the text.
      if (pos >= end) {
        if (!final) return { records, next: recordStart };
        records.push(problem ? { fields, problem } : { fields });
        break records;
      }
      const c = text.charCodeAt(pos);
      if (c === COMMA) {
        pos += 1;
        if (pos === end && !final) return { records, next: recordStart };
        if (pos === end) {
          fields.push('');
          records.push(problem ? { fields, problem } : { fields });
          break records;
        }
        continue;
      }
      if (c === CR) {
        if (pos + 1 === end && !final) return { records, next: recordStart };
        pos += text.charCodeAt(pos + 1) === LF ? 2 : 1;
      } else {
        pos += 1; // LF
      }
      records.push(problem ? { fields, problem } : { fields });
      continue records;
    }
  }
  return { records, next: end };
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

  /** The records completed by this piece; an unfinished last record waits for the next piece. */
  push(piece: string): CsvRecord[] {
    let text = this.carry + piece;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith(BOM)) text = text.slice(1);
    }
    const { records, next } = scan(text, 0, false);
    this.carry = text.slice(next);
    return records;
  }

  /** The last record, once no more text will come. */
  end(): CsvRecord[] {
    const text = this.carry;
    this.carry = '';
    return scan(text, 0, true).records;
  }
}

/** True for a line with nothing on it, which the import skips. */
export const isBlankRecord = (record: CsvRecord) =>
  record.fields.every((f) => f.trim() === '') && record.problem === undefined;
