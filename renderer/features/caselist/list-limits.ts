// What the case list asks of the service and how long it waits while the agent types; the benchmark
// (scripts/bench) measures the list at these same figures.

/** Cases per page as the list scrolls. */
export const PAGE_SIZE = 200;
/** Search results shown for one query. */
export const SEARCH_LIMIT = 100;
/** The pause after the last key before the search box searches. */
export const SEARCH_DEBOUNCE_MS = 200;
