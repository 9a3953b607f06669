import { describe, expect, it } from 'vitest';
import { composeHandover } from '../../core/handover-compose';
import {
  canonicalJson,
  checksumPayload,
  fileReferenceProblems,
  handoverFileSchema,
  type HandoverFile,
} from '../../core/handover-file';
import { CASES, clocksOf, completed, LEAD, ME, NOW } from './handover-fixture';

describe('canonical serialization for the checksum', () => {
  it('sorts keys at every depth and leaves out whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: '中' } })).toBe(
      '{"a":{"c":"中","d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('gives the same text for the same values however the file was laid out', () => {
    const value = {
      handover: { id: 'h1', notes: '如果 10:00 前客户未回电，则升级' },
      n: [1, 2.5, -3],
      ok: true,
      x: null,
    };
    const reindented = JSON.parse(JSON.stringify(value, null, 4)) as unknown;
    const reordered = {
      x: null,
      ok: true,
      n: [1, 2.5, -3],
      handover: { notes: value.handover.notes, id: 'h1' },
    };
    const escaped = JSON.parse(
      '{"x":null,"ok":true,"n":[1.0,2.50,-3],"handover":{"id":"\\u0068\\u0031","notes":"如果 10:00 前客户未回电，则升级"}}',
    ) as unknown;
    expect(canonicalJson(reindented)).toBe(canonicalJson(value));
    expect(canonicalJson(reordered)).toBe(canonicalJson(value));
    expect(canonicalJson(escaped)).toBe(canonicalJson(value));
  });

  it('changes with any value, and with the order of an array', () => {
    const value = { a: [1, 2], s: 'x' };
    const base = canonicalJson(value);
    expect(canonicalJson({ a: [2, 1], s: 'x' })).not.toBe(base);
    expect(canonicalJson({ a: [1, 2], s: 'X' })).not.toBe(base);
    expect(canonicalJson({ a: [1, 2], s: 'x', extra: 0 })).not.toBe(base);
    expect(canonicalJson({ a: ['1', 2], s: 'x' })).not.toBe(base);
  });

  it('leaves out undefined members as JSON does, and writes undefined in arrays as null', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });

  it('refuses what JSON cannot carry', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson([Infinity])).toThrow();
    expect(() => canonicalJson({ a: 1n })).toThrow();
    expect(() => canonicalJson(() => 1)).toThrow();
  });

  it('escapes strings exactly as JSON.stringify does, so quotes and controls cannot forge structure', () => {
    const tricky = 'a","b":"c\n\u0000';
    expect(canonicalJson({ k: tricky })).toBe(`{"k":${JSON.stringify(tricky)}}`);
    expect(JSON.parse(canonicalJson({ k: tricky }))).toEqual({ k: tricky });
  });

  it('seals everything but the checksum itself', () => {
    const file = { format: 'f', checksum: 'abc', body: { z: 1, a: 2 } };
    expect(checksumPayload(file)).toBe('{"body":{"a":2,"z":1},"format":"f"}');
    expect(checksumPayload({ ...file, checksum: 'other' })).toBe(checksumPayload(file));
  });
});

/** A minimal, complete file naming two of the fixture's cases. */
function sampleFile(): HandoverFile {
  const document = completed(
    composeHandover({ cases: CASES.slice(0, 2), clocks: clocksOf(), previous: null, now: NOW }),
  );
  const caseRow = (id: string, number: string) => ({
    id,
    number,
    customerId: 'cu-1',
    contactId: 'ct-1',
    title: '邮件延迟',
    description: '',
    supportArea: 'performance_availability' as const,
    service: 'office365',
    severity: 'A' as const,
    channel: 'phone' as const,
    status: 'new' as const,
    ownerId: LEAD.id,
    requestNumber: null,
    createdBy: ME.id,
    createdAt: NOW,
    updatedAt: NOW,
    tags: [],
    links: [],
  });
  return {
    format: 'shiftdesk-handover',
    version: 1,
    exportedAt: NOW,
    exportedBy: ME,
    handover: {
      id: 'h-1',
      fromAgentId: ME.id,
      toAgentId: null,
      status: 'pending',
      createdAt: NOW,
      acknowledgedAt: null,
      document,
      events: [{ id: 'he-1', agentId: ME.id, at: NOW, kind: 'submitted', payload: {} }],
    },
    agents: [ME, LEAD],
    customers: [
      {
        id: 'cu-1',
        name: '上海明远贸易有限公司',
        tenantDomain: 'mingyuan.partner.onmschina.cn',
        partnerCustomerId: null,
        adminRole: false,
        createdAt: NOW,
        updatedAt: NOW,
      },
    ],
    contacts: [
      {
        id: 'ct-1',
        customerId: 'cu-1',
        name: '王晓明',
        email: null,
        phone: null,
        preferredChannel: null,
        language: null,
        createdAt: NOW,
      },
    ],
    cases: [caseRow('c-login', 'SD-2026-000001'), caseRow('c-mail-a', 'SD-2026-000002')],
    events: [
      { id: 'e-1', caseId: 'c-login', agentId: ME.id, at: NOW, kind: 'created', payload: { title: 'x' } },
    ],
    checksum: '0'.repeat(64),
  };
}

describe('the shape and completeness of a handover file', () => {
  it('accepts a complete file', () => {
    const file = sampleFile();
    expect(handoverFileSchema.safeParse(file).success).toBe(true);
    expect(fileReferenceProblems(file)).toEqual([]);
  });

  it('reads a file written before cases carried their links as having none', () => {
    const file = sampleFile();
    const { links: _links, ...older } = file.cases[0]!;
    const parsed = handoverFileSchema.safeParse({ ...file, cases: [older, file.cases[1]] });
    expect(parsed.success && parsed.data.cases[0]!.links).toEqual([]);
  });

  it('finds what a file refers to but does not carry', () => {
    const file = sampleFile();
    file.customers = [];
    file.agents = [ME];
    file.events.push({ id: 'e-2', caseId: 'c-gone', agentId: ME.id, at: NOW, kind: 'note', payload: {} });
    file.handover.status = 'acknowledged';
    expect(fileReferenceProblems(file)).toEqual([
      'contact ct-1: customer missing',
      'case c-login: customer missing',
      'case c-login: agent missing',
      'case c-mail-a: customer missing',
      'case c-mail-a: agent missing',
      'event e-2: case missing',
      'handover: acknowledgement inconsistent',
    ]);
  });

  it('refuses a case whose contact belongs to another customer', () => {
    const file = sampleFile();
    file.contacts[0] = { ...file.contacts[0]!, customerId: 'cu-2' };
    file.customers.push({ ...file.customers[0]!, id: 'cu-2', tenantDomain: null });
    expect(fileReferenceProblems(file)).toEqual([
      'case c-login: contact missing',
      'case c-mail-a: contact missing',
    ]);
  });

  it('rejects unknown members and malformed values', () => {
    expect(handoverFileSchema.safeParse({ ...sampleFile(), extra: 1 }).success).toBe(false);
    const file = sampleFile();
    expect(handoverFileSchema.safeParse({ ...file, checksum: 'not-hex' }).success).toBe(false);
    const badCase = { ...file, cases: [{ ...file.cases[0]!, severity: 'D' }] };
    expect(handoverFileSchema.safeParse(badCase).success).toBe(false);
  });
});
