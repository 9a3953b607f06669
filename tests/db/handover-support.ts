// A real desk on a temp SQLite file with a clock the test moves, and what a handover test needs on it.
import { onTestFinished } from 'vitest';
import type { CaseDetail } from '../../core/cases';
import type { Severity } from '../../core/domain';
import type { HandoverDocument, HandoverSubmitInput } from '../../core/handover';
import { uuidv7 } from '../../db/ids';
import { insertAgent } from '../../db/queries/agents';
import { addNote } from '../../electron/services/case-events';
import { changeStatus, createCase } from '../../electron/services/cases';
import type { ServiceContext } from '../../electron/services/context';
import { createCustomer } from '../../electron/services/customers';
import { openDesk, type Desk } from '../../electron/services/desk';
import { composeForShift, submitHandover } from '../../electron/services/handover';
import { tempDbPath } from '../helpers/temp-db';

export const MIN = 60_000;
export const HOUR = 60 * MIN;

export interface TestDesk {
  desk: Desk;
  /** The desk's first agent (a lead, as created at first start). */
  ctx: ServiceContext;
  clock: { now: number };
  /** Another agent at the same workstation, as after a switch. */
  as(agentId: string): ServiceContext;
  addAgent(name: string, role?: 'agent' | 'lead'): string;
  close(): void;
}

export function testDesk(start = Date.UTC(2026, 10, 24, 1, 0), dbPath = tempDbPath()): TestDesk {
  const clock = { now: start };
  const desk = openDesk({ dbPath, version: 'test', now: () => clock.now });
  return {
    desk,
    ctx: desk.ctx,
    clock,
    as: (agentId) => ({ ...desk.ctx, agentId }),
    addAgent(name, role = 'agent') {
      const id = uuidv7(clock.now);
      insertAgent(desk.db, { id, name, role, createdAt: clock.now });
      return id;
    },
    close: () => desk.close(),
  };
}

/** A test desk closed when the running test finishes. */
export function openTestDesk(start?: number): TestDesk {
  const d = testDesk(start);
  onTestFinished(() => d.close());
  return d;
}

/** Three open cases (A, B, C) for one customer, and one resolved case that no handover shows. */
export function seedDesk(ctx: ServiceContext): {
  a: CaseDetail;
  b: CaseDetail;
  c: CaseDetail;
  done: CaseDetail;
} {
  const customer = createCustomer(ctx, {
    name: '上海明远贸易有限公司',
    tenantDomain: 'mingyuan.partner.onmschina.cn',
  });
  const make = (severity: Severity, title: string) =>
    createCase(ctx, {
      customer: { id: customer.id },
      title,
      description: '',
      supportArea: 'performance_availability',
      service: 'office365',
      severity,
      channel: 'phone',
    });
  const a = make('A', '全员邮件无法发送');
  const b = make('B', '发票抬头需要更正');
  const c = make('C', 'Teams 会议录制权限');
  const done = make('C', '密码重置');
  changeStatus(ctx, { caseId: done.id, from: 'new', to: 'resolved' });
  return { a, b, c, done };
}

/**
 * Workstation 1 handing over: the seeded desk (`arrange` adds to it), a note on the A case a minute later,
 * and a completed handover submitted then.
 */
export function handedOverDesk(
  note: string,
  arrange?: (src: TestDesk, cases: ReturnType<typeof seedDesk>) => void,
) {
  const src = openTestDesk();
  const cases = seedDesk(src.ctx);
  arrange?.(src, cases);
  src.clock.now += MIN;
  addNote(src.ctx, { caseId: cases.a.id, body: note });
  const handover = submitHandover(
    src.ctx,
    completeInput(composeForShift(src.ctx), src.ctx.agentId, src.clock.now),
  );
  return { src, handover, ...cases };
}

/** The agent's part of a completed handover for `doc`: a plan for every case, one watch item, notes. */
export function completeInput(
  doc: HandoverDocument,
  ownerId: string,
  now: number,
  over: Partial<HandoverSubmitInput> = {},
): HandoverSubmitInput {
  return {
    plans: doc.items.map((i) => ({
      caseId: i.caseId,
      nextAction: `${i.number}：电话回访客户`,
      ownerId,
      deadline: now + 2 * HOUR,
      contingencyIf: '如果 10:00 前客户未回电',
      contingencyThen: '则升级给值班主管',
    })),
    casesNone: false,
    watch: [{ id: uuidv7(now), text: '留意世纪互联 Exchange Online 服务公告', carriedFrom: null }],
    watchNone: false,
    notes: '机房空调维修，明早 8 点前电话可能中断。',
    notesNone: false,
    ...over,
  };
}

export const count = (ctx: ServiceContext, table: string) =>
  ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** The number the desk gives the next case it logs: a question about Azure, for a new customer. */
export const nextCaseNumber = (ctx: ServiceContext) =>
  createCase(ctx, {
    customer: { id: createCustomer(ctx, { name: '北京云启科技' }).id },
    title: '新案例',
    description: '',
    supportArea: 'howto_faq',
    service: 'azure',
    severity: 'C',
    channel: 'email',
  }).number;
