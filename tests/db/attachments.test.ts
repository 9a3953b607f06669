import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OUTLOOK_CASE } from '../helpers/arranged-inputs';
import { contentPath, safeFileName, viewerCopy } from '../../electron/services/attachment-store';
import { tempDir } from '../helpers/temp-db';
import { openTestDesk, storedEvents, type TestDesk } from './case-support';

let t: TestDesk;

const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
/** Attaches `bytes` to the case (to its entry `eventId`, if given) as the file `name`; the case as it then is. */
const attach = (caseId: string, name: string, bytes: Buffer | string, mime = '', eventId?: string) =>
  t.call('attachments.add', { caseId, eventId, name, mime, dataBase64: b64(bytes) });
const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
/** Every stored content file (not the viewer copies). */
const storedFiles = (dataDir: string) => {
  const root = path.join(dataDir, 'attachments');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !path.join(d.parentPath, d.name).includes(`${path.sep}open${path.sep}`))
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)));
};

describe('attachments', () => {
  it('stores the same content once, by hash, while each case keeps its own row', () => {
    const dataDir = tempDir();
    t = openTestDesk({ dataDir });
    const [a, b] = t.customerCases(OUTLOOK_CASE.title, 'another');
    const screenshot = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 255]);
    const hash = sha(screenshot);

    t.tick();
    const withA = attach(a.id, '截图.png', screenshot, 'image/png');
    attach(b.id, 'same.png', screenshot, 'image/png');
    attach(b.id, 'error.log', 'ERROR 0x800');

    expect(storedFiles(dataDir).sort()).toEqual(
      [
        path.join(hash.slice(0, 2), hash),
        path.join(sha('ERROR 0x800').slice(0, 2), sha('ERROR 0x800')),
      ].sort(),
    );
    expect(readFileSync(contentPath(dataDir, hash))).toEqual(screenshot);
    expect(t.count('attachments')).toBe(3);

    expect(withA.attachments).toEqual([
      expect.objectContaining({
        caseId: a.id,
        eventId: null,
        name: '截图.png',
        size: screenshot.length,
        mime: 'image/png',
        sha256: hash,
        agentName: '值班坐席',
        createdAt: withA.updatedAt,
      }),
    ]);
    const bFiles = t.get(b.id).attachments;
    expect(bFiles.map((f) => [f.name, f.mime])).toEqual([
      ['same.png', 'image/png'],
      ['error.log', 'application/octet-stream'],
    ]);
    expect(storedEvents(t.desk, a.id).at(-1)).toMatchObject({
      kind: 'attachment_added',
      payload: { name: '截图.png', size: screenshot.length, eventId: null },
    });

    const content = t.call('attachments.content', { id: bFiles[0]!.id });
    expect(content).toEqual({
      name: 'same.png',
      mime: 'image/png',
      size: screenshot.length,
      dataBase64: b64(screenshot),
    });
  });

  it('attaches to a note of the same case only', () => {
    t = openTestDesk({ dataDir: tempDir() });
    const [a, b] = t.customerCases(OUTLOOK_CASE.title, 'other');
    const note = t.call('cases.addNote', { caseId: a.id, body: '见附件日志' });
    const detail = attach(a.id, 'outlook.log', 'log', 'text/plain', note.id);
    expect(detail.attachments[0]!.eventId).toBe(note.id);

    const created = detail.events[0]!;
    for (const eventId of [created.id, note.id]) {
      const caseId = eventId === note.id ? b.id : a.id;
      expect(
        t.fail('attachments.add', { caseId, eventId, name: 'x.log', mime: '', dataBase64: b64('x') }).issues,
      ).toEqual([{ path: 'eventId', message: 'validation.invalid' }]);
    }
    expect(t.count('attachments')).toBe(1);
  });

  it('refuses a file over the configured limit, clearly and without storing anything', () => {
    const dataDir = tempDir();
    t = openTestDesk({ dataDir });
    const c = t.newCase(t.customer().id);
    expect(t.call('settings.get', {}).attachmentLimitMb).toBe(25);
    expect(t.call('settings.update', { attachmentLimitMb: 1 }).attachmentLimitMb).toBe(1);

    const justFits = Buffer.alloc(1024 * 1024, 7);
    attach(c.id, 'fits.bin', justFits);
    const tooBig = Buffer.alloc(1024 * 1024 + 1, 8);
    const error = t.fail('attachments.add', {
      caseId: c.id,
      name: 'big.bin',
      mime: '',
      dataBase64: b64(tooBig),
    });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('1 MB'),
      issues: [{ path: 'dataBase64', message: 'attachments.tooLarge' }],
    });
    expect(t.count('attachments')).toBe(1);
    expect(storedFiles(dataDir)).toHaveLength(1);

    expect(t.fail('settings.update', { attachmentLimitMb: 101 }).code).toBe('VALIDATION');
    expect(t.fail('settings.update', { attachmentLimitMb: 0 }).code).toBe('VALIDATION');
    expect(t.fail('attachments.add', { caseId: c.id, name: 'x', mime: '', dataBase64: '***' }).code).toBe(
      'VALIDATION',
    );
  });

  it('keeps paths safe whatever the name, and refuses a content path that is not a hash', () => {
    const dataDir = tempDir();
    t = openTestDesk({ dataDir });
    const c = t.newCase(t.customer().id);
    const detail = attach(c.id, '..\\..\\Windows\\system32/../../etc/passwd', 'root:x:0:0', 'text/plain');
    const stored = detail.attachments[0]!;
    expect(stored.name).toBe('passwd');
    expect(storedFiles(dataDir)).toEqual([path.join(stored.sha256.slice(0, 2), stored.sha256)]);

    expect(() => contentPath(dataDir, '../../../etc/passwd')).toThrow(/not a content hash/);
    expect(() => contentPath(dataDir, 'AB'.repeat(32))).toThrow(/not a content hash/);
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName('a<b>:c"|?*.log. ')).toBe('a_b__c____.log');
    expect(safeFileName('..')).toBe('attachment');
    expect(safeFileName(`${'长'.repeat(200)}.png`)).toMatch(/^长+\.png$/);

    const { file, dir } = viewerCopy(dataDir, {
      id: stored.id,
      name: 'x/../../evil.sh',
      sha256: stored.sha256,
    });
    expect(path.dirname(file)).toBe(dir);
    expect(dir.startsWith(path.join(dataDir, 'attachments', 'open'))).toBe(true);
    expect(path.basename(file)).toBe('evil.sh');
  });

  it('opens with the system viewer through a named copy; a runnable file only shows its folder', async () => {
    const dataDir = tempDir();
    const opened: string[] = [];
    t = openTestDesk({
      dataDir,
      platform: {
        openPath: async (file) => {
          opened.push(file);
          return '';
        },
      },
    });
    const c = t.newCase(t.customer().id);
    const add = (name: string, text: string) => attach(c.id, name, text).attachments.at(-1)!;
    const log = add('outlook.log', 'log text');
    const exe = add('setup.exe', 'MZ');

    expect(t.call('attachments.open', { id: log.id })).toEqual({
      opened: true,
      revealed: false,
    });
    expect(t.call('attachments.open', { id: exe.id })).toEqual({
      opened: true,
      revealed: true,
    });
    await Promise.resolve();
    expect(path.basename(opened[0]!)).toBe('outlook.log');
    expect(readFileSync(opened[0]!, 'utf8')).toBe('log text');
    expect(statSync(opened[1]!).isDirectory()).toBe(true);
    expect(t.fail('attachments.open', { id: '01900000-0000-7000-8000-000000000000' }).code).toBe('NOT_FOUND');
  });

  it('answers opened: false in browser mode, where the UI fetches the bytes instead', () => {
    t = openTestDesk({ dataDir: tempDir() });
    const c = t.newCase(t.customer().id);
    const file = attach(c.id, 'a.txt', 'hi', 'text/plain').attachments[0]!;
    expect(t.call('attachments.open', { id: file.id })).toEqual({
      opened: false,
      revealed: false,
    });
  });
});
