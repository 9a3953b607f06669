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
 * A store action that opens a record by id into the store's `key`: another record on screen gives way at
 * once; an answer that arrives after the agent opened yet another record is dropped; no such record is
 * shown as missing, any other failure thrown.
 */
export function openRecordLoader<K extends string, T>(
  get: () => { [slot in K]: OpenRecord<NoInfer<T>> | null },
  set: (change: { [slot in K]: OpenRecord<NoInfer<T>> }) => void,
  key: K,
  fetch: (id: string) => Promise<T>,
): (id: string) => Promise<void> {
  const show = (open: OpenRecord<T>) => set({ [key]: open } as { [slot in K]: OpenRecord<T> });
  return async (id) => {
    if (get()[key]?.id !== id) show({ id, detail: null, missing: false });
    try {
      const detail = await fetch(id);
      if (get()[key]?.id === id) show({ id, detail, missing: false });
    } catch (error) {
      if (!isMissing(error)) throw error;
      show({ id, detail: null, missing: true });
    }
  };
}
