import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../core/cases';
import { post, withEnv } from '../contract/support';
import { outlookCase } from '../helpers/arranged-inputs';

describe('attachments over the browser-mode host', () => {
  it('carries a file of the default 25 MB limit as base64 JSON, and refuses one over the limit cleanly', async () => {
    await withEnv(async ({ host }) => {
      const customer = await post(host, 'customers.create', { name: '上海明远贸易有限公司' });
      const created = await post(
        host,
        'cases.create',
        outlookCase((customer.json as { ok: true; value: { id: string } }).value.id),
      );
      const caseId = (created.json as { ok: true; value: CaseDetail }).value.id;
      const file = (bytes: number) => ({
        caseId,
        name: 'trace.etl',
        mime: '',
        dataBase64: Buffer.alloc(bytes, 0x5a).toString('base64'),
      });

      // 25 MB is 33.3 MB of base64: well over the host's old 2 MB body limit.
      const fits = await post(host, 'attachments.add', file(25 * 1024 * 1024));
      expect(fits.status).toBe(200);
      expect(fits.json.ok && (fits.json.value as CaseDetail).attachments[0]!.size).toBe(25 * 1024 * 1024);

      const tooLarge = await post(host, 'attachments.add', file(25 * 1024 * 1024 + 1));
      expect(tooLarge).toMatchObject({
        status: 200,
        json: {
          ok: false,
          error: { code: 'VALIDATION', issues: [{ path: 'dataBase64', message: 'attachments.tooLarge' }] },
        },
      });
    });
  });
});
