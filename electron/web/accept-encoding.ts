// Which compression a browser accepts for the renderer's files (RFC 9110 Accept-Encoding): brotli when
// it takes it, else gzip, else none. A q-value of 0 refuses a coding; `*` stands for any not named.

export type ContentCoding = 'br' | 'gzip';
const PREFERENCE: readonly ContentCoding[] = ['br', 'gzip'];

export function preferredCoding(header: string | undefined): ContentCoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    // A q-value that cannot be read refuses the coding rather than taking it at full weight.
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(q) ? Number(q.slice(2)) : 0;
    weights.set(name.trim(), weight);
  }
  const weightOf = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  let best: ContentCoding | null = null;
  for (const coding of PREFERENCE) if (weightOf(coding) > (best ? weightOf(best) : 0)) best = coding;
  return best;
}
