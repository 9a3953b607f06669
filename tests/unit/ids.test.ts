import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../db/ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// Far ahead of the wall clock so that no earlier call in this file can hold the generator back.
const BASE = Date.UTC(2100, 0, 1);

const timestampOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('uuidv7', () => {
  it('has the RFC 9562 layout: version 7, variant 10xx, the millisecond in the first 48 bits', () => {
    const id = uuidv7(BASE);
    expect(id).toMatch(UUID_V7);
    expect(id[14]).toBe('7');
    expect(parseInt(id[19]!, 16) & 0b1100).toBe(0b1000);
    expect(timestampOf(id)).toBe(BASE);
    for (let i = 0; i < 200; i++) expect(uuidv7()).toMatch(UUID_V7);
  });

  it('keeps 10,000 ids minted in one millisecond unique and strictly increasing as text', () => {
    const at = BASE + 1_000;
    const ids = Array.from({ length: 10_000 }, () => uuidv7(at));
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < ids.length; i++) {
      if (!(ids[i - 1]! < ids[i]!)) throw new Error(`not increasing at ${i}: ${ids[i - 1]} >= ${ids[i]}`);
    }
    expect(timestampOf(ids[0]!)).toBe(at);
    // The 12-bit counter overflows into the next milliseconds rather than repeating.
    expect(timestampOf(ids.at(-1)!)).toBeGreaterThan(at);
    expect(timestampOf(ids.at(-1)!)).toBeLessThanOrEqual(at + 3);
  });

  it('sorts ids of later milliseconds after earlier ones', () => {
    const t = BASE + 10_000;
    const earlier = uuidv7(t);
    const later = uuidv7(t + 1);
    const muchLater = uuidv7(t + 86_400_000);
    expect(earlier < later).toBe(true);
    expect(later < muchLater).toBe(true);
    expect(timestampOf(later)).toBe(t + 1);
    expect(timestampOf(muchLater)).toBe(t + 86_400_000);
  });

  it('never goes backwards when the clock does', () => {
    const t = BASE + 2 * 86_400_000;
    const first = uuidv7(t);
    const afterClockStep = uuidv7(t - 5_000);
    expect(first < afterClockStep).toBe(true);
    expect(timestampOf(afterClockStep)).toBe(t);
  });
});
