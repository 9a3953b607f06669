/** Table rows that open what they show when clicked, with the pointer saying so. */
export const rowOpens =
  <T>(open: (row: T) => void) =>
  (row: T) => ({ onClick: () => open(row), style: { cursor: 'pointer' } });
