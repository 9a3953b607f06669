// The sizes of attachments, apart from the schemas that check them: the interface's first screen needs the
// default limit, not the validation library.

/** The desk's default limit per file; a setting (`attachmentLimitMb`). */
export const DEFAULT_ATTACHMENT_LIMIT_MB = 25;
/** The largest limit the setting accepts; the browser-mode host sizes its request limit from it. */
export const MAX_ATTACHMENT_LIMIT_MB = 100;
export const MB = 1024 * 1024;

/** Characters of base64 that carry `bytes` bytes (4 per 3, padded). */
export const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);
