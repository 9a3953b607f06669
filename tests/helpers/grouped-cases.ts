type Groups = Readonly<Record<string, readonly (readonly unknown[])[]>>;

/** One `it.each` row of a group: the value the group shares, then the row as declared. */
type GroupedRow<G extends Groups> = { [K in keyof G & string]: [K, ...G[K][number]] }[keyof G & string];

/**
 * Table rows declared under the value they share (a platform, a verdict), flattened into `it.each` rows
 * that lead with that value: `{ win32: [[path, why]] }` gives `[['win32', path, why]]`.
 */
export function groupedCases<G extends Groups>(groups: G): GroupedRow<G>[] {
  // Object.entries forgets which rows go with which key; each row is built from its own key.
  const rows = Object.entries(groups).flatMap(([key, group]) => group.map((row) => [key, ...row]));
  return rows as unknown as GroupedRow<G>[];
}
