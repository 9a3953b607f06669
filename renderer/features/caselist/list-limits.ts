// What the case list asks of the service and how long it waits while the agent types; the benchmark
// (scripts/bench) measures the list at these same figures.

/** Cases per page as the list scrolls. */
export const PAGE_SIZE = 200;
/**
 * Search results per page as the list scrolls: two screens of rows. Each result is described (where its
 * terms were found, its snippet) from the case's text, so a page costs in proportion to its rows.
 */
export const SEARCH_LIMIT = 50;
/** The pause after the last key before the search box searches. */
export const SEARCH_DEBOUNCE_MS = 200;
