import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticsText, WITHHELD, withoutSecrets } from '../../electron/desktop/diagnostics';
import { LOG_FILE, logLine, openLogFile, REDACTED } from '../../electron/desktop/log-file';

const CUSTOMER = [
  '康拓贸易',
  '刘强的邮箱无法收件',
  'liu.qiang@contoso.partner.onmschina.cn',
  '13800138000',
  'contoso.partner.onmschina.cn',
  'Contoso Ltd',
];
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-log-'));
const allText = (dir: string) =>
  readdirSync(dir)
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('');

describe('the log holds no customer text', () => {
  it('drops any text that is not a code, whatever field it comes in', () => {
    const dir = tempDir();
    const log = openLogFile(dir);
    for (const text of CUSTOMER) {
      log.write('info', 'case-opened', { title: text, number: 'SD-2026-000123', count: 3, ok: true });
      log.write('warn', text);
      log.write('info', 'x', { [text]: 1 });
    }
    const written = allText(dir);
    for (const text of CUSTOMER) expect(written).not.toContain(text);
    expect(written).toContain('"number":"SD-2026-000123"');
    expect(written).toContain(`"title":"${REDACTED}"`);
    expect(written).toContain('"count":3');
  });

  it("keeps an error's name, code and place, never its message: SQLite quotes what it was given", () => {
    const dir = tempDir();
    const log = openLogFile(dir);
    const db = new Database(':memory:');
    db.exec('CREATE TABLE customers (name TEXT PRIMARY KEY CHECK (length(name) < 3))');
    const errors: unknown[] = [];
    for (const statement of [
      `INSERT INTO customers VALUES ('${CUSTOMER[0]}')`,
      `SELECT '${CUSTOMER[1]}' FROM`,
      `SELECT * FROM "${CUSTOMER[2]}"`,
    ]) {
      try {
        db.exec(statement);
      } catch (error) {
        errors.push(error);
        log.error('service', error);
      }
    }
    db.close();
    expect(errors).toHaveLength(3);
    // The messages do carry the text: the log must be what leaves it out.
    expect(errors.map((e) => (e as Error).message).join(' ')).toContain(CUSTOMER[2]);
    log.error('service', new Error(`客户 ${CUSTOMER[3]} 的请求失败`));
    log.error('service', `${CUSTOMER[0]} thrown as a string`);
    log.write('info', 'import', { customer: CUSTOMER[4], contact: CUSTOMER[5], phone: CUSTOMER[3] });
    const written = allText(dir);
    for (const text of CUSTOMER) expect(written).not.toContain(text);
    expect(written).toContain('"code":"SQLITE_CONSTRAINT_CHECK"');
    expect(written).toContain('"error":"SqliteError"');
    expect(written).toMatch(/"at":"[^"]*log-file\.test\.ts:\d+:\d+/);
  });

  it('is one JSON object a line, a newline in a value never forging another', () => {
    const line = logLine(0, 'info', 'start', { version: '1.0.0\n{"level":"error"}' });
    expect(line.split('\n')).toHaveLength(2);
    expect(JSON.parse(line)).toEqual({
      t: '1970-01-01T00:00:00.000Z',
      level: 'info',
      event: 'start',
      version: REDACTED,
    });
  });
});

describe('the log rotates', () => {
  it('keeps a few files of about the size limit, dropping the oldest', () => {
    const dir = tempDir();
    const log = openLogFile(dir, { maxBytes: 2_000, files: 3 });
    for (let i = 0; i < 400; i++) log.write('info', 'tick', { i });
    const files = readdirSync(dir).sort();
    expect(files).toEqual([LOG_FILE.replace('.log', '.1.log'), LOG_FILE.replace('.log', '.2.log'), LOG_FILE]);
    for (const file of files) expect(statSync(path.join(dir, file)).size).toBeLessThanOrEqual(2_000);
    const text = log.read();
    expect(text).toContain('"i":399');
    expect(text).not.toContain('"i":0}');
    // Oldest first.
    const order = [...text.matchAll(/"i":(\d+)/g)].map((m) => Number(m[1]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('never throws when it cannot write', () => {
    // A file where the folder should be: nothing can be created under it.
    const blocker = path.join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, '');
    const log = openLogFile(path.join(blocker, 'logs'));
    expect(() => log.write('info', 'start')).not.toThrow();
    expect(log.read()).toBe('');
  });
});

describe('the diagnostics file', () => {
  it('withholds every secret, at any depth', () => {
    expect(
      withoutSecrets({
        language: 'zh-CN',
        sync: { host: 'db.example', password: 'hunter2', sealedPassword: 'AAA', user: 'shiftdesk' },
        apiKey: 'k',
        list: [{ token: 't', n: 1 }],
      }),
    ).toEqual({
      language: 'zh-CN',
      sync: { host: 'db.example', password: WITHHELD, sealedPassword: WITHHELD, user: 'shiftdesk' },
      apiKey: WITHHELD,
      list: [{ token: WITHHELD, n: 1 }],
    });
  });

  it('holds the versions, the schema version, the settings and the log', () => {
    const text = diagnosticsText({
      at: Date.UTC(2026, 11, 3),
      versions: { shiftdesk: '0.1.0', electron: '45.4.1' },
      platform: { os: 'win32', arch: 'x64', release: '10.0.22631', locale: 'zh-CN' },
      schemaVersion: 140,
      settings: { language: 'en', syncPassword: 'hunter2' },
      log: '{"event":"start"}\n',
    });
    expect(text).toContain('"schemaVersion": 140');
    expect(text).toContain('"electron": "45.4.1"');
    expect(text).toContain('"language": "en"');
    expect(text).not.toContain('hunter2');
    expect(text.endsWith('--- log ---\n{"event":"start"}\n')).toBe(true);
  });
});
