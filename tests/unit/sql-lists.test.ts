import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, isOpenStatus } from '../../core/domain';
import { DONE_STATUS_LIST, OPEN_STATUS_LIST, sqlList } from '../../db/sql-lists';

describe('sqlList', () => {
  it('quotes each value and doubles the quotes inside one', () => {
    expect(sqlList(['new', 'in_progress'])).toBe("('new', 'in_progress')");
    expect(sqlList(["o'clock"])).toBe("('o''clock')");
  });

  it('renders the open and the done statuses of the core, together every status once', () => {
    expect(OPEN_STATUS_LIST).toBe(sqlList(CASE_STATUSES.filter(isOpenStatus)));
    expect(DONE_STATUS_LIST).toBe(sqlList(CASE_STATUSES.filter((s) => !isOpenStatus(s))));
    expect(OPEN_STATUS_LIST).toBe("('new', 'in_progress', 'waiting_customer', 'waiting_21v')");
    expect(DONE_STATUS_LIST).toBe("('resolved', 'closed')");
  });
});
