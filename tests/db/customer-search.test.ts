// The customer picker and list search: the case search's query language over an index of the same design,
// checked against a substring scan of the same customers, and the migration that builds it on an old log.
import { describe, expect, it } from 'vitest';
import { parseSearch } from '../../core/search-query';
import { foldText } from '../../core/search-text';
import { countCustomers, searchCustomers } from '../../db/queries/customers';
import { seededRandom } from '../../electron/services/seeded-random';
import { tempDbPath } from '../helpers/temp-db';
import { migratedLog, openMigrated } from './migration-support';

const SURNAMES = ['刘', '王', '李', '张', '陈', '杨', '赵', '黄'];
const GIVEN = ['强', '娜', '晓明', '伟', '芳', '小红', '建国', '丽'];
const FIRMS = [
  '明远贸易',
  '华信科技',
  '南方物流',
  '前海云帆',
  'Contoso China',
  'Fabrikam 上海',
  '西湖文化传媒',
];

interface Reference {
  id: string;
  values: string[];
  name: string[];
  contacts: string[];
}

/** A directory of customers with contacts, written as the app writes them, and the same as plain values. */
function directory() {
  const db = openMigrated(tempDbPath());
  const r = seededRandom(5);
  const reference: Reference[] = [];
  const customer = db.prepare(
    `INSERT INTO customers (id, name, tenant_domain, partner_customer_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, 1, 1)`,
  );
  const contact = db.prepare(
    'INSERT INTO contacts (id, customer_id, name, email, phone, created_at) VALUES (?, ?, ?, ?, ?, 1)',
  );
  for (let i = 0; i < 80; i++) {
    const id = `cu${String(i).padStart(3, '0')}`;
    const name = `${r.pick(FIRMS)}有限公司 ${i}`;
    const tenant = `t${i}${r.pick(['mingyuan', 'huaxin', 'contoso'])}.partner.onmschina.cn`;
    const partner = i % 3 ? `PC-${1000 + i}` : null;
    customer.run(id, name, tenant, partner);
    const contacts: string[] = [];
    for (let k = 0; k < 1 + (i % 3); k++) {
      const person = `${r.pick(SURNAMES)}${r.pick(GIVEN)}`;
      const email = `u${i}${k}@${r.pick(['mingyuan', 'contoso'])}.cn`;
      const phone = `010-5555 ext ${10 + k + (i % 7)}`;
      contact.run(`${id}-${k}`, id, person, email, phone);
      contacts.push(person, email, phone);
    }
    const own = [name, tenant, ...(partner ? [partner] : [])];
    reference.push({ id, values: [...own, ...contacts], name: own, contacts });
  }
  return { db, reference, r };
}

/** What a substring scan finds: every positive clause has a term in some value, no negated one has. */
function scan(reference: Reference[], query: string): string[] {
  const { clauses } = parseSearch(query, { utcOffsetMinutes: 480 });
  const holds = (c: Reference, term: { text: string; fields?: readonly string[] }) => {
    const values = !term.fields
      ? c.values
      : [
          ...(term.fields.includes('customer') ? c.name : []),
          ...(term.fields.includes('contacts') ? c.contacts : []),
        ];
    const searched = term.fields && values.length === 0 ? c.values : values;
    return searched.some((v) => foldText(v).includes(foldText(term.text)));
  };
  return reference
    .filter((c) => clauses.every((clause) => clause.any.some((t) => holds(c, t)) !== clause.negated))
    .map((c) => c.id)
    .sort();
}

describe('customer search against a substring scan', () => {
  it('finds exactly what the scan finds for 1, 2 and 3+ characters, across fields, with operators', () => {
    const { db, reference, r } = directory();
    const anyValue = () => r.pick(r.pick(reference).values);
    const substring = (length: number) => {
      const chars = [...anyValue()].filter((c) => c !== ' ');
      const at = Math.floor(r.next() * Math.max(1, chars.length - length));
      return chars.slice(at, at + length).join('');
    };
    const queries = [
      ...Array.from({ length: 8 }, () => substring(1)),
      ...Array.from({ length: 8 }, () => substring(2)),
      ...Array.from({ length: 8 }, () => substring(4 + Math.floor(r.next() * 4))),
      ...SURNAMES.slice(0, 4),
      '刘强',
      'ext 12',
      'BI',
      '明远 刘',
      'contoso 王',
      '明远 -刘',
      '华信 OR 南方',
      '"ext 12"',
      'contact:王 明远',
      'customer:contoso',
      'Fabrikam 上海',
      'MINGYUAN',
      'status:open',
      'xyzzy',
    ];
    const sizes = queries.map((q) => scan(reference, q).length);
    expect(sizes.filter((n) => n > 1).length).toBeGreaterThan(queries.length / 2);
    expect(sizes).toContain(0);
    for (const query of queries) {
      const expected = scan(reference, query);
      const found = searchCustomers(db, query, 1000).map((c) => c.id);
      expect({ query, ids: found.sort() }).toEqual({ query, ids: expected });
      expect({ query, count: countCustomers(db, query) }).toEqual({ query, count: expected.length });
    }
  });

  it('finds a customer by what was just edited', () => {
    const { db } = directory();
    db.exec(`UPDATE customers SET name = '深圳云帆科技' WHERE id = 'cu001'`);
    db.exec(`INSERT INTO contacts (id, customer_id, name, created_at) VALUES ('new', 'cu002', '欧阳', 2)`);
    expect(searchCustomers(db, '云帆科技', 10).map((c) => c.id)).toEqual(['cu001']);
    expect(searchCustomers(db, '欧阳', 10).map((c) => c.id)).toEqual(['cu002']);
    db.exec(`DELETE FROM contacts WHERE id = 'new'`);
    expect(searchCustomers(db, '欧阳', 10)).toEqual([]);
  });
});

describe('migration 0220 (customer search)', () => {
  it('indexes the customers of an older log, one-character terms included', () => {
    const db = migratedLog(
      220,
      `
      INSERT INTO customers (id, name, tenant_domain, created_at, updated_at)
        VALUES ('cu1', '上海明远贸易有限公司', 'mingyuan.partner.onmschina.cn', 1, 1);
      INSERT INTO contacts (id, customer_id, name, email, created_at) VALUES ('ct1', 'cu1', '刘强', 'liu@mingyuan.cn', 1);
    `,
    );
    for (const q of ['刘', '刘强', '明远', 'LIU@', 'onmschina']) {
      expect(
        searchCustomers(db, q, 10).map((c) => c.id),
        q,
      ).toEqual(['cu1']);
    }
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'customer_text'`).pluck().get()).toBe(
      0,
    );
  });
});
