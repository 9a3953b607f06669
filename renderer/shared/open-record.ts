/** The record a page shows (a case, a customer, a handover): `detail` null while it loads or if missing. */
export interface OpenRecord<T> {
  id: string;
  detail: T | null;
  missing: boolean;
}

/** An unknown id, or one that cannot be an id at all: either way the log holds no such record. */
const isMissing = (error: unknown) => {
  const code = (error as { code?: string }).code;
  return code === 'NOT_FOUND' || code === 'VALIDATION';
};

/**
 * Opens the record `id`: another record on screen gives way at once; an answer that arrives after the
 * agent opened yet another record is dropped; no such record is shown as missing, any other failure thrown.
 */
export async function loadOpenRecord<T>(
  id: string,
  current: () => OpenRecord<T> | null,
  show: (open: OpenRecord<T>) => void,
  fetch: () => Promise<T>,
): Promise<void> {
  if (current()?.id !== id) show({ id, detail: null, missing: false });
  try {
    const detail = await fetch();
    if (current()?.id === id) show({ id, detail, missing: false });
  } catch (error) {
    if (!isMissing(error)) throw error;
    show({ id, detail: null, missing: true });
  }
}
