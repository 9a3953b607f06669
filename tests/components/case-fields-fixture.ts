/** A case's fields as the agent fills them in: the forms' tests start from this one case. */
export const OUTLOOK_CASE = {
  title: '客户无法登录 Outlook',
  supportArea: 'client_connectivity',
  service: 'office365',
  severity: 'B',
  channel: 'phone',
} as const;
