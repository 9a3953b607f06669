import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importCustomersCsv } from '../../electron/services/customer-import';
import { openDesk } from '../../electron/services/desk';
import { measure } from './measure';
import type { Entry } from './report';

/** A customer CSV as a desk would export it from its CRM: bilingual headers, some quoting. */
export function customerCsv(rows: number): string {
  const lines = ['客户名称,租户域名,合作伙伴中心客户ID,服务,联系人,邮箱,电话'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `"上海客户${i}有限公司, 第${i % 7}分部",customer${i}.partner.onmschina.cn,PC-${700000 + i},Office 365;Azure,` +
        `王${i},it${i}@customer${i}.cn,139${String(i).padStart(8, '0')}`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The whole import path (parse, validate, stage, merge, commit) into a fresh case log, three times. */
export function benchImport(rows: number, cases: number): Entry {
  const text = customerCsv(rows);
  const dirs: string[] = [];
  const timing = measure(
    3,
    () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-bench-import-'));
      dirs.push(dir);
      const desk = openDesk({ dbPath: path.join(dir, 'import.db'), version: 'bench' });
      try {
        importCustomersCsv(desk.ctx, text);
      } finally {
        desk.close();
      }
    },
    0,
  );
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  console.log(
    `  customer_import (${rows.toLocaleString('en')} rows) p50 ${timing.p50_ms.toFixed(0)} ms  max ${timing.max_ms.toFixed(0)} ms`,
  );
  return { name: 'customer_import', cases, ...timing };
}
