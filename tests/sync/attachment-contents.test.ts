import { expect, it } from 'vitest';
import { attachmentBlobs } from '../../electron/services/attachment-blobs';
import { readContent } from '../../electron/services/attachment-store';
import { transferBlobs } from '../../electron/sync/blobs';
import { heal, joinedPair, openWorkstation, serverDatabase, type Workstation } from './support';

const server = serverDatabase();

const blobs = (s: Workstation) => transferBlobs(s.desk.db, s.pool, attachmentBlobs(s.desk.ctx.dataDir));

it('a file attached on one workstation can be opened on another, checked against its hash', async () => {
  const [a, b] = await joinedPair(server.url);
  const logged = a.newCase(a.customer('附件客户').id, '带截图的案例');
  const bytes = Buffer.from('错误截图：0x800CCC0E', 'utf8');
  const detail = a.call('attachments.add', {
    caseId: logged.id,
    name: '截图.txt',
    mime: 'text/plain',
    dataBase64: bytes.toString('base64'),
  });
  const { sha256 } = detail.attachments[0]!;
  await heal([a, b]);
  // The record is on B, the contents not yet: they travel apart from the log.
  expect(b.call('cases.get', { id: logged.id }).attachments.map((f) => f.sha256)).toEqual([sha256]);
  expect(readContent(b.desk.ctx.dataDir, sha256)).toBeNull();
  expect(await blobs(b)).toEqual({ sent: 0, fetched: 0, more: true });

  expect(await blobs(a)).toEqual({ sent: 1, fetched: 0, more: false });
  expect(await blobs(b)).toEqual({ sent: 0, fetched: 1, more: false });
  expect(readContent(b.desk.ctx.dataDir, sha256)).toEqual(bytes);
  // Each moves once.
  expect(await blobs(a)).toEqual({ sent: 0, fetched: 0, more: false });
  expect(await blobs(b)).toEqual({ sent: 0, fetched: 0, more: false });
});

it('contents on the server that do not match their hash are never stored', async () => {
  const a = openWorkstation(server.url, 'C');
  const b = openWorkstation(server.url, 'D');
  await a.join();
  await b.join();
  const logged = a.newCase(a.customer('篡改客户').id);
  const detail = a.call('attachments.add', {
    caseId: logged.id,
    name: 'log.txt',
    mime: 'text/plain',
    dataBase64: Buffer.from('original').toString('base64'),
  });
  const { sha256 } = detail.attachments[0]!;
  await heal([a, b]);
  await blobs(a);
  await a.pool.query('UPDATE shiftdesk.blobs SET content = $2 WHERE sha256 = $1', [
    sha256,
    Buffer.from('forged'),
  ]);
  // (The desk's log also holds the first test's file, which B fetches meanwhile.)
  await blobs(b);
  expect(readContent(b.desk.ctx.dataDir, sha256)).toBeNull();
  expect(b.desk.db.prepare('SELECT count(*) FROM sync_blobs WHERE sha256 = ?').pluck().get(sha256)).toBe(0);
});
