/** The handover section's tabs (#/handover/<tab>); any other #/handover/<id> is one handover. */
export const HANDOVER_TABS = ['compose', 'incoming', 'history'] as const;
export type HandoverTab = (typeof HANDOVER_TABS)[number];

export const handoverTabOf = (part: string | undefined) =>
  HANDOVER_TABS.find((t) => t === (part ?? 'compose'));
