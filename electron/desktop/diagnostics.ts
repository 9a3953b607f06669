// "Help → Save diagnostics": one file a desk can send with a question. It holds the log (which has no
// customer text, log-file.ts), the versions, the case log's schema version and the settings with every
// secret left out.
const SECRET_KEY = /pass|secret|token|pin|key|credential|sealed/i;
export const WITHHELD = '[withheld]';

/** A settings value with every field whose name says secret withheld, at any depth. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? WITHHELD : withoutSecrets(v)]),
  );
}

export interface DiagnosticsInput {
  at: number;
  versions: Record<string, string | undefined>;
  platform: { os: string; arch: string; release: string; locale: string };
  schemaVersion: number | null;
  settings: Record<string, unknown>;
  log: string;
}

export function diagnosticsText(input: DiagnosticsInput): string {
  const report = {
    writtenAt: new Date(input.at).toISOString(),
    versions: input.versions,
    platform: input.platform,
    schemaVersion: input.schemaVersion,
    settings: withoutSecrets(input.settings),
  };
  return `${JSON.stringify(report, null, 2)}\n\n--- log ---\n${input.log}`;
}

export const diagnosticsFileName = (at: number) =>
  `shiftdesk-diagnostics-${new Date(at).toISOString().slice(0, 19).replace(/[-:]/g, '')}.txt`;
