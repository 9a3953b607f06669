/** The 21Vianet section's tabs (#/escalations/<tab>): customer escalations, Partner Center requests, queue. */
export const ESCALATIONS_TABS = ['customer', 'partner', 'queue'] as const;
export type EscalationsTab = (typeof ESCALATIONS_TABS)[number];
