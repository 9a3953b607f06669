// Why sync cannot go on, in words an agent can act on. The message is shown as is; it names no secret.
import type { SyncFailure } from '../../core/sync';

export type { SyncFailure } from '../../core/sync';

export class SyncError extends Error {
  constructor(
    readonly failure: SyncFailure,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/** The desk's log was written by a newer ShiftDesk: this one must not add to it. */
export function serverNewer(found: number, known: number): SyncError {
  return new SyncError(
    'server_newer',
    `The desk's server schema is version ${found}; this ShiftDesk knows up to ${known}. Update ShiftDesk to sync; ` +
      `work goes on locally meanwhile. / 服务器上的团队数据库架构为 ${found} 版，此 ShiftDesk 仅支持到 ${known} 版。请升级 ShiftDesk 后再同步；在此之前可继续在本机工作。`,
  );
}

const PG_CODES: Record<string, SyncFailure> = {
  '28P01': 'auth',
  '28000': 'auth',
  '42501': 'privilege',
  '3D000': 'unreachable',
};

/** A driver or network error, classified; never carries the connection string. */
export function classify(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const e = error as { code?: string; message?: string };
  const failure: SyncFailure =
    (e.code ? PG_CODES[e.code] : undefined) ??
    (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH'].includes(e.code ?? '')
      ? 'unreachable'
      : /SSL|TLS|certificate/i.test(e.message ?? '')
        ? 'tls'
        : 'other');
  return new SyncError(failure, e.message ?? String(error));
}
