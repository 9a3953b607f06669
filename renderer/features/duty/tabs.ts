/** The duty section's tabs (#/duty/<tab>). */
export const DUTY_TABS = ['coverage', 'roster', 'agents', 'sessions'] as const;
export type DutyTab = (typeof DUTY_TABS)[number];
