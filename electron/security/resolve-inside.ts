import path from 'node:path';

/** Maps a URL path onto a file under `root`, or null when it would escape `root` or cannot be decoded. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = path.resolve(root);
  const resolved = path.resolve(base, `.${path.posix.normalize(`/${decoded}`)}`);
  return resolved === base || resolved.startsWith(base.endsWith(path.sep) ? base : base + path.sep)
    ? resolved
    : null;
}
