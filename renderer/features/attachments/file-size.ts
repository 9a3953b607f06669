import { MB } from '../../../core/attachment-limits';

/** 1.2 MB, 350 KB, 12 B: compact, for lists. */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** Splits dropped files into those within the limit and those over it (refused before any upload). */
export function byLimit(files: readonly File[], limitMb: number): { fits: File[]; tooLarge: File[] } {
  const limit = limitMb * MB;
  return {
    fits: files.filter((f) => f.size <= limit),
    tooLarge: files.filter((f) => f.size > limit),
  };
}
