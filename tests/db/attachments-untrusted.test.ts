import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTLOOK_CASE } from '../helpers/arranged-inputs';
import { contentPath, storeContent, viewerCopy } from '../../electron/services/attachment-store';
import { tempDir } from '../helpers/temp-db';
import { openTestDesk } from './case-support';

const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
/** Every file under the attachments folder, viewer copies included. */
const filesUnder = (dataDir: string) => {
  const root = path.join(dataDir, 'attachments');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)));
};

describe('attachments are checked first and stored second', () => {
  it('leaves nothing on disk for uploads to a case that does not exist', () => {
    const dataDir = tempDir();
    const t = openTestDesk({ dataDir });
    t.newCase(t.customer().id);
    for (let i = 0; i < 5; i += 1) {
      const error = t.fail('attachments.add', {
        caseId: '01900000-0000-7000-8000-00000000dead',
        name: `big-${i}.bin`,
        mime: '',
        dataBase64: b64(Buffer.alloc(5 * 1024 * 1024, i + 1)),
      });
      expect(error.code).toBe('NOT_FOUND');
    }
    expect(filesUnder(dataDir)).toEqual([]);
  });

  it('leaves nothing on disk for an upload to an entry of another case', () => {
    const dataDir = tempDir();
    const t = openTestDesk({ dataDir });
    const [a, b] = t.customerCases(OUTLOOK_CASE.title, 'other');
    const note = t.call('cases.addNote', { caseId: b.id, body: '日志' });
    const error = t.fail('attachments.add', {
      caseId: a.id,
      eventId: note.id,
      name: 'x.log',
      mime: '',
      dataBase64: b64('not stored'),
    });
    expect(error.code).toBe('VALIDATION');
    expect(filesUnder(dataDir)).toEqual([]);
  });

  it('removes the partial temporary file when a write fails', () => {
    const dataDir = tempDir();
    const bytes = Buffer.from('a log that cannot be stored');
    const sha = createHash('sha256').update(bytes).digest('hex');
    // A folder where the file should go makes the final rename fail, after the temporary file was written.
    const target = contentPath(dataDir, sha);
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, 'keep'), '');
    expect(() => storeContent(dataDir, bytes)).toThrow();
    expect(readdirSync(path.dirname(target)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('copies for the system viewer', () => {
  // On Windows the mark is the file's alternate data stream; elsewhere the same path would be an ordinary file.
  it.each([
    ['carry the Mark-of-the-Web when written for Windows', 'win32', 'a1', '[ZoneTransfer]\r\nZoneId=3\r\n'],
    ['carry nothing extra elsewhere', 'linux', 'a2', null],
  ] as const)('%s', (_name, platform, idEnd, mark) => {
    const dataDir = tempDir();
    const { sha256 } = storeContent(dataDir, Buffer.from('%PDF-1.7'));
    const { file } = viewerCopy(
      dataDir,
      { id: `01900000-0000-7000-8000-0000000000${idEnd}`, name: 'guide.pdf', sha256 },
      platform,
    );
    const zone = `${file}:Zone.Identifier`;
    expect(existsSync(zone) ? readFileSync(zone, 'utf8') : null).toBe(mark);
  });

  it('show an invoice with a right-to-left override as what it is, and do not open it', async () => {
    const dataDir = tempDir();
    const opened: string[] = [];
    const t = openTestDesk({ dataDir, platform: { openPath: async (p) => (opened.push(p), '') } });
    const c = t.newCase(t.customer().id);
    const detail = t.call('attachments.add', {
      caseId: c.id,
      name: 'invoice\u202egpj.exe',
      mime: 'image/jpeg',
      dataBase64: b64('MZ'),
    });
    const file = detail.attachments[0]!;
    expect(file.name).toBe('invoicegpj.exe');
    expect(t.call('attachments.open', { id: file.id })).toEqual({ opened: true, revealed: true });
    const page = t.call('attachments.add', {
      caseId: c.id,
      name: 'portal.html',
      mime: 'text/html',
      dataBase64: b64('<script>'),
    });
    expect(t.call('attachments.open', { id: page.attachments.at(-1)!.id })).toMatchObject({ revealed: true });
  });
});
