import { describe, expect, it } from 'vitest';
import { preferredCoding } from '../../electron/web/accept-encoding';

describe('the coding browser mode answers with', () => {
  it('takes brotli over gzip, gzip when that is all, and none when neither is taken', () => {
    expect(preferredCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredCoding('gzip, deflate')).toBe('gzip');
    expect(preferredCoding('identity')).toBeNull();
    expect(preferredCoding(undefined)).toBeNull();
    expect(preferredCoding('')).toBeNull();
  });

  it('weighs q-values, refuses q=0, and reads * as any coding not named', () => {
    expect(preferredCoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(preferredCoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredCoding('br;q=0, gzip;q=0')).toBeNull();
    expect(preferredCoding('*')).toBe('br');
    expect(preferredCoding('*;q=0, gzip')).toBe('gzip');
    expect(preferredCoding('BR ; Q=1')).toBe('br');
    expect(preferredCoding('br;q=abc, gzip')).toBe('gzip');
  });
});
