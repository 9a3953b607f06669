import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCsv, detectCsvEncoding } from '../../core/csv-encoding';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../fixtures', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];
// "上海明远,是" in GBK (written out so that the test does not need a GBK encoder).
const GBK_SAMPLE = [0xc9, 0xcf, 0xba, 0xa3, 0xc3, 0xf7, 0xd4, 0xb6, 0x2c, 0xca, 0xc7];

describe('CSV encoding detection', () => {
  it('takes UTF-8 with a byte-order mark as UTF-8 and drops the mark', () => {
    const bytes = new Uint8Array([...BOM, ...utf8('客户名称,租户域名\r\n')]);
    expect(detectCsvEncoding(bytes)).toBe('utf-8');
    expect(decodeCsv(bytes)).toEqual({ text: '客户名称,租户域名\r\n', encoding: 'utf-8', bom: true });
  });

  it('takes valid UTF-8 without a mark as UTF-8', () => {
    expect(decodeCsv(utf8('名称\r\n上海明远'))).toEqual({
      text: '名称\r\n上海明远',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('takes plain ASCII as UTF-8', () => {
    expect(detectCsvEncoding(utf8('name,tenant_domain\r\n'))).toBe('utf-8');
  });

  it('falls back to GBK when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array(GBK_SAMPLE);
    expect(detectCsvEncoding(bytes)).toBe('gbk');
    expect(decodeCsv(bytes)).toEqual({ text: '上海明远,是', encoding: 'gbk', bom: false });
  });

  it('decodes the GBK fixture a Chinese spreadsheet wrote', () => {
    const decoded = decodeCsv(fixture('customers-import.gbk.csv'));
    expect(decoded.encoding).toBe('gbk');
    expect(decoded.text.split('\r\n')[0]).toBe(
      '客户名称,租户域名,合作伙伴中心客户ID,服务,联系人,邮箱,电话,管理员',
    );
    expect(decoded.text).toContain('上海明远贸易有限公司');
  });

  it('decodes the UTF-8 fixture with its BOM', () => {
    const decoded = decodeCsv(fixture('customers-import.utf8-bom.csv'));
    expect(decoded).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(decoded.text.startsWith('name,tenant_domain')).toBe(true);
  });

  it('decodes with the encoding the agent picks, even against the detection', () => {
    const gbkBytes = new Uint8Array(GBK_SAMPLE);
    const forced = decodeCsv(gbkBytes, 'utf-8');
    expect(forced.encoding).toBe('utf-8');
    expect(forced.text).toContain('\uFFFD');
    expect(decodeCsv(utf8('上海'), 'gbk').text).not.toBe('上海');
  });

  it('handles an empty file', () => {
    expect(decodeCsv(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });
});
