import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importCustomersCsv } from '../../electron/services/customer-import';
import { openDesk } from '../../electron/services/desk';
import { interleaved } from './measure';
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

/** A fresh folder per run, removed at the end. */
function scratch(prefix: string) {
  const dirs: string[] = [];
  return {
    next: () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    clear: () => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  };
}

/**
 * The whole import path (parse, validate, stage, merge, commit) into a fresh case log, against the bare
 * insert of the same rows (customer and contact, one transaction, WAL, synchronous=FULL), three times each.
 */
export function benchImport(rows: number, cases: number): Entry {
  const text = customerCsv(rows);
  const folders = scratch('shiftdesk-bench-import-');
  const timed = interleaved(
    3,
    () => {
      const desk = openDesk({ dbPath: path.join(folders.next(), 'import.db'), version: 'bench' });
      try {
        importCustomersCsv(desk.ctx, text);
      } finally {
        desk.close();
      }
    },
    () => {
      const db = new Database(path.join(folders.next(), 'bare.db'));
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec(`CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, tenant TEXT UNIQUE, partner_id TEXT);
               CREATE TABLE contacts (id INTEGER PRIMARY KEY, customer_id INTEGER, name TEXT, email TEXT, phone TEXT)`);
      const customer = db.prepare('INSERT INTO customers (name, tenant, partner_id) VALUES (?, ?, ?)');
      const contact = db.prepare(
        'INSERT INTO contacts (customer_id, name, email, phone) VALUES (?, ?, ?, ?)',
      );
      db.transaction(() => {
        for (let i = 0; i < rows; i++) {
          const id = customer.run(
            `上海客户${i}有限公司`,
            `customer${i}.partner.onmschina.cn`,
            `PC-${700000 + i}`,
          ).lastInsertRowid;
          contact.run(id, `王${i}`, `it${i}@customer${i}.cn`, `139${String(i).padStart(8, '0')}`);
        }
      })();
      db.close();
    },
    0,
  );
  folders.clear();
  return {
    name: 'customer_import',
    cases,
    about: `${rows.toLocaleString('en')} CSV rows`,
    service: timed.service,
    baseline: { what: 'bare INSERT of the same rows', stats: timed.baseline },
  };
}
