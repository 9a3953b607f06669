// Shared set-up for the case-page tests: a real desk on a temp SQLite file with a clock the test drives.
import { onTestFinished } from 'vitest';
import type { CaseDetail, CasesCreateInput } from '../../core/cases';
import type { Customer } from '../../core/customers';
import type { InputOf, OperationName, OutputOf } from '../../core/api';
import type { ApiError, Result } from '../../core/errors';
import { openDesk, type Desk, type DeskOptions } from '../../electron/services/desk';
import { tempDbPath } from '../helpers/temp-db';
import { outlookCase } from '../helpers/arranged-inputs';

export const JAN_2026 = new Date(2026, 0, 5, 9, 0).getTime();

export interface TestDesk {
  desk: Desk;
  /** Advances the clock and returns the new time. */
  tick(ms?: number): number;
  /** Runs an operation for its result, typed by its name. */
  call<K extends OperationName>(name: K, input: InputOf<K>): OutputOf<K>;
  /** Runs an operation expected to fail; any input, since refusing a bad one is often the point. */
  fail(name: OperationName, input: unknown): ApiError;
  customer(name?: string): Customer;
  newCase(customerId: string, title?: string, extra?: Partial<CasesCreateInput>): CaseDetail;
  /** One new customer's everyday cases, one for each title, in order. */
  customerCases<T extends readonly string[]>(...titles: T): { [I in keyof T]: CaseDetail };
  get(id: string): CaseDetail;
  count(table: string): number;
}

export function openTestDesk(options: Partial<DeskOptions> = {}): TestDesk {
  let now = JAN_2026;
  const desk = openDesk({
    dbPath: tempDbPath(),
    version: '0.0.0-test',
    now: () => now,
    log: (error) => {
      throw error;
    },
    ...options,
  });
  // Opened inside a test, closed when it ends, whatever the outcome.
  onTestFinished(() => desk.close());
  const call = <K extends OperationName>(name: K, input: InputOf<K>) =>
    value<OutputOf<K>>(desk.dispatch(name, input));
  const customer = (name = '上海明远贸易有限公司') => call('customers.create', { name });
  const newCase = (customerId: string, title?: string, extra?: Partial<CasesCreateInput>) =>
    call('cases.create', outlookCase(customerId, title, extra));
  return {
    desk,
    tick: (ms = 1_000) => (now += ms),
    call,
    fail: (name, input) => failure(desk.dispatch(name, input)),
    customer,
    newCase,
    customerCases: <T extends readonly string[]>(...titles: T) => {
      const { id } = customer();
      return titles.map((title) => newCase(id, title)) as { [I in keyof T]: CaseDetail };
    },
    get: (id) => call('cases.get', { id }),
    count: (table) => (desk.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
  };
}

export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

export function failure(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value).slice(0, 300)}`);
  return result.error;
}

/** Every timeline event as stored, for asserting on the raw log rather than on what the service returns. */
export function storedEvents(desk: Desk, caseId: string) {
  return (
    desk.db
      .prepare(
        'SELECT kind, agent_id AS agentId, at, payload FROM case_events WHERE case_id = ? ORDER BY at, id',
      )
      .all(caseId) as { kind: string; agentId: string; at: number; payload: string }[]
  ).map((e) => ({ ...e, payload: JSON.parse(e.payload) as Record<string, unknown> }));
}
