import { captureTriggerSql } from '../sync/capture-sql';
import { SYNCED_BY_NAME } from '../sync/tables';
import type { Migration } from './types';

// Canned replies, shared by the whole desk: a name, a body per language with placeholders the reply
// composer fills (core/canned-replies.ts), how often each was sent. The desk starts with one per support
// area; their ids are fixed, so that workstations joining one desk hold the same starter replies.
const STARTERS: readonly [id: string, name: string, zh: string, en: string][] = [
  [
    '0190a000-0000-7000-8000-000000000001',
    '账户开通：已收到 / Account set-up: received',
    '{contact}您好，我们已收到{customer}的账户开通请求（案例 {case_number}），正在处理，完成后会第一时间通知您。',
    'Hello {contact}, we have received the account set-up request for {customer} (case {case_number}) and are working on it. We will let you know as soon as it is done.',
  ],
  [
    '0190a000-0000-7000-8000-000000000002',
    '账单：核对中 / Billing: checking',
    '{contact}您好，关于案例 {case_number}「{title}」，我们正在核对账单明细，预计在 {sla_due} 前给您答复。',
    'Hello {contact}, about case {case_number} "{title}": we are checking the billing details and will answer by {sla_due}.',
  ],
  [
    '0190a000-0000-7000-8000-000000000003',
    '操作指导：步骤 / How-to: steps',
    '{contact}您好，以下是您询问的操作步骤（案例 {case_number}）：\n1. \n2. \n3. \n如仍有问题，请直接回复本邮件。',
    'Hello {contact}, here are the steps you asked for (case {case_number}):\n1. \n2. \n3. \nIf anything is still unclear, just reply to this message.',
  ],
  [
    '0190a000-0000-7000-8000-000000000004',
    '服务更新：已知晓 / Updates: noted',
    '{contact}您好，关于服务与软件更新的问题（案例 {case_number}），我们已记录并会跟进更新进度，有变化时通知您。',
    'Hello {contact}, we have noted your question about the service and software update (case {case_number}) and will follow it up, letting you know of any change.',
  ],
  [
    '0190a000-0000-7000-8000-000000000005',
    '软件配置：需要信息 / Configuration: details needed',
    '{contact}您好，为了排查案例 {case_number}，请提供：出现问题的用户、软件版本、完整的错误信息和截图。',
    'Hello {contact}, to look into case {case_number}, please send us: the users affected, the software version, the full error message and a screenshot.',
  ],
  [
    '0190a000-0000-7000-8000-000000000006',
    '客户端连接：排查中 / Connectivity: troubleshooting',
    '{contact}您好，我们正在排查{customer}的客户端连接问题（案例 {case_number}）。请先尝试重启客户端并检查网络代理设置，结果请告诉我们。',
    'Hello {contact}, we are troubleshooting the client connection problem at {customer} (case {case_number}). Please restart the client and check the network proxy settings first, and tell us the result.',
  ],
  [
    '0190a000-0000-7000-8000-000000000007',
    '性能与可用性：已呈报世纪互联 / Availability: with 21Vianet',
    '{contact}您好，案例 {case_number} 已提交世纪互联处理（请求编号 {request_number}），我们会持续跟进并随时向您通报进展。',
    'Hello {contact}, case {case_number} is now with 21Vianet (request {request_number}). We are following it and will keep you informed.',
  ],
];

export const cannedReplies: Migration = {
  version: 170,
  name: 'canned-replies',
  up(db) {
    db.exec(`
      CREATE TABLE canned_replies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        body_zh TEXT NOT NULL,
        body_en TEXT NOT NULL,
        usage_count INTEGER NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        updated_by TEXT REFERENCES agents (id),
        CHECK (body_zh <> '' OR body_en <> '')
      ) STRICT;
    `);
    const insert = db.prepare(
      `INSERT INTO canned_replies (id, name, body_zh, body_en, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)`,
    );
    for (const [id, name, zh, en] of STARTERS) insert.run(id, name, zh, en);
    db.exec(captureTriggerSql(db, SYNCED_BY_NAME.get('canned_replies')!));
  },
};
