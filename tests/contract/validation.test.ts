import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, ipcChannel, operations } from '../../core/api';
import type { CaseDetail } from '../../core/cases';
import type { Result } from '../../core/errors';
import { appFrameEvent, post, withEnv } from './support';

/** Wrong in every field any operation reads, and carrying a key no strict schema allows. */
const MALFORMED = {
  bogus: 1,
  limit: 'x',
  id: 42,
  caseId: 42,
  body: 42,
  customer: 5,
  title: 42,
  language: 'fr',
  query: 42,
  from: 'x',
  to: 'x',
  filters: 'x',
};

function expectValidationFailure(result: Result<unknown>): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('VALIDATION');
  expect(result.error.issues?.length ?? 0).toBeGreaterThan(0);
  for (const issue of result.error.issues ?? []) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message).toMatch(/^validation\.[a-zA-Z]+$/);
  }
}

describe('malformed input is refused the same way over every transport', () => {
  it('covers every operation', () => {
    expect(Object.keys(operations).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it.each(OPERATION_NAMES)('%s', async (name) => {
    expect(operations[name].input.safeParse(MALFORMED).success).toBe(false);

    await withEnv(async ({ desk, host, ipc }) => {
      const inProcess = desk.dispatch(name, MALFORMED);
      expectValidationFailure(inProcess);

      const overHttp = await post(host, name, MALFORMED);
      expect(overHttp.status).toBe(200);
      expectValidationFailure(overHttp.json);
      expect(overHttp.json).toEqual(inProcess);

      const handler = ipc.get(ipcChannel(name));
      expect(handler).toBeTypeOf('function');
      const overIpc = (await handler!(appFrameEvent(), MALFORMED)) as Result<unknown>;
      expectValidationFailure(overIpc);
      expect(overIpc).toEqual(inProcess);

      // Nothing was written by any of the refused calls.
      expect(
        desk.db.prepare('SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM customers) AS n').get(),
      ).toEqual({
        n: 0,
      });
    });
  });
});

describe('browser-mode API', () => {
  it('answers NOT_FOUND for an unknown operation', async () => {
    await withEnv(async ({ host }) => {
      const { json } = await post(host, 'cases.drop', {});
      expect(json).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      const proto = await post(host, '__proto__', {});
      expect(proto.json).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });
  });

  it('answers 400 VALIDATION for a body that is not JSON', async () => {
    await withEnv(async ({ host }) => {
      const res = await fetch(`http://127.0.0.1:${host.port}/api/cases.list`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
        body: '{"limit": 5',
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    });
  });

  it('round-trips a case with a new customer', async () => {
    await withEnv(async ({ host }) => {
      const created = await post(host, 'cases.create', {
        customer: {
          new: { name: '北京华信科技股份有限公司', tenantDomain: 'huaxintech.partner.onmschina.cn' },
        },
        title: '新员工账号无法激活',
        supportArea: 'account_setup',
        service: 'office365',
        severity: 'A',
        channel: 'phone',
      });
      expect(created.status).toBe(200);
      if (!created.json.ok) throw new Error(JSON.stringify(created.json.error));
      const detail = created.json.value as CaseDetail;
      expect(detail.number).toMatch(/^SD-\d{4}-000001$/);

      const fetched = await post(host, 'cases.get', { id: detail.id });
      expect(fetched.json).toEqual({ ok: true, value: detail });
      expect(detail).toMatchObject({
        title: '新员工账号无法激活',
        description: '',
        status: 'new',
        severity: 'A',
        customer: { name: '北京华信科技股份有限公司', tenantDomain: 'huaxintech.partner.onmschina.cn' },
      });
      expect(detail.events.map((e) => e.kind)).toEqual(['created']);

      const list = await post(host, 'cases.list', {});
      expect(list.json).toMatchObject({ ok: true, value: { items: [{ id: detail.id }], next: null } });
    });
  });
});
