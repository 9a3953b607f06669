// The triggers that keep a customer's contacts (names, e-mails, phones) searched as one text per customer in
// customer_text: created by 0020, made to stand aside while a bulk write pauses them by 0030, dropped with
// the table by 0220. The text is indented as those migrations first stored it.
export const CONTACT_CHANGES = [
  ['INSERT', 'NEW'],
  ['UPDATE', 'NEW'],
  ['DELETE', 'OLD'],
] as const;

export type ContactChange = (typeof CONTACT_CHANGES)[number];

export const contactsTextTriggerName = ([event]: ContactChange): string =>
  `contacts_text_${event.toLowerCase()}`;

/** The trigger for one kind of change to contacts; `when`, a condition it runs under. */
export const contactsTextTriggerSql = (change: ContactChange, when?: string): string => {
  const [event, row] = change;
  return `CREATE TRIGGER ${contactsTextTriggerName(change)} AFTER ${event} ON contacts${when ? ` WHEN ${when}` : ''} BEGIN
          UPDATE customer_text SET contacts = (
            SELECT coalesce(group_concat(name || ' ' || coalesce(email, '') || ' ' || coalesce(phone, ''), ' '), '')
            FROM contacts WHERE customer_id = ${row}.customer_id
          ) WHERE rowid = (SELECT rowid FROM customers WHERE id = ${row}.customer_id);
        END;`;
};
