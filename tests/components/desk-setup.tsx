import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import type { CaseDetail, CasesCreateInput } from '../../core/cases';
import type { ContactInput } from '../../core/customers';
import { installStore } from '../../renderer/app/install';
import { initI18n } from '../../renderer/i18n';
import { outlookCase } from '../helpers/arranged-inputs';

// findBy… and waitFor wait for the state the app settles in, not for a time: a PIN check is slow on purpose
// (scrypt) and a busy machine can stretch it past the default second, so they may wait longer.
configure({ asyncUtilTimeout: 10_000 });

/** The bridge module is Node code: loaded at run time so the DOM-typed check does not follow it. */
const BRIDGE: string = '../helpers/desk-bridge';

interface Statement {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  pluck(): Statement;
}
interface Bridge {
  desk: { db: { prepare(sql: string): Statement }; ctx: { agentId: string } };
  call<T>(name: string, input: unknown): T;
  remove(): void;
}

/** The desk of the running test: its database and a dispatch that throws on failure, for arranging data. */
export interface TestDesk {
  readonly desk: Bridge['desk'];
  call<T>(name: string, input: unknown): T;
}

/**
 * Sets up a component test file: the store with every feature's slice and the UI in English; before each
 * test, a fresh desk on a temp SQLite file behind window.shiftdesk, as the preload exposes it; after it, the
 * render unmounted and the desk closed. `settleMs` waits between the two, for writes queued while unmounting;
 * `now` is the service's clock, where the test sets it apart from the workstation's.
 */
export function setUpTestDesk({
  settleMs = 0,
  now,
}: { settleMs?: number; now?: () => number } = {}): TestDesk {
  let bridge: Bridge | null = null;
  installStore();
  beforeAll(() => initI18n('en'));
  beforeEach(async () => {
    const { installDeskBridge } = (await import(/* @vite-ignore */ BRIDGE)) as {
      installDeskBridge(now?: () => number): Bridge;
    };
    bridge = installDeskBridge(now);
  });
  afterEach(async () => {
    cleanup();
    if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
    bridge?.remove();
    bridge = null;
  });
  const current = (): Bridge => {
    if (!bridge) throw new Error('the test desk exists only while a test runs');
    return bridge;
  };
  return {
    get desk() {
      return current().desk;
    },
    call(name, input) {
      return current().call(name, input);
    },
  };
}

/** Who a case arranged by `customerCase` is for, and what it is about where it is not the everyday case. */
export interface CaseArrangement extends Partial<Omit<CasesCreateInput, 'customer'>> {
  customer?: { name: string; adminRole?: boolean };
  contacts?: Omit<ContactInput, 'customerId'>[];
}

/**
 * A new customer (Contoso China Ltd. unless told otherwise) with its contacts, and its case: the everyday
 * Outlook sign-in case, by phone at severity B, with what `fields` change.
 */
export function customerCase(
  bridge: TestDesk,
  { customer = { name: 'Contoso China Ltd.' }, contacts = [], title, ...fields }: CaseArrangement = {},
): CaseDetail {
  const { id } = bridge.call<{ id: string }>('customers.create', customer);
  for (const contact of contacts) bridge.call('contacts.add', { customerId: id, ...contact });
  return bridge.call<CaseDetail>('cases.create', outlookCase(id, title, fields));
}
