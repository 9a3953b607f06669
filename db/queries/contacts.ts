import type { Contact } from '../../core/customers';
import { stmt, type Db } from '../statements';

const COLUMNS = `id, customer_id AS customerId, name, email, phone, preferred_channel AS preferredChannel,
  language, created_at AS createdAt`;

export function insertContact(db: Db, row: Contact): void {
  stmt(
    db,
    `INSERT INTO contacts (id, customer_id, name, email, phone, preferred_channel, language, created_at)
     VALUES (@id, @customerId, @name, @email, @phone, @preferredChannel, @language, @createdAt)`,
  ).run(row);
}

export function updateContact(db: Db, row: Omit<Contact, 'customerId' | 'createdAt'>): void {
  stmt(
    db,
    `UPDATE contacts SET name = @name, email = @email, phone = @phone, preferred_channel = @preferredChannel,
       language = @language
     WHERE id = @id`,
  ).run(row);
}

export function deleteContact(db: Db, id: string): void {
  stmt(db, 'DELETE FROM contacts WHERE id = ?').run(id);
}

export function getContact(db: Db, id: string): Contact | undefined {
  return stmt<[string], Contact>(db, `SELECT ${COLUMNS} FROM contacts WHERE id = ?`).get(id);
}

/** A customer's contacts in the order they were added. */
export function listContacts(db: Db, customerId: string): Contact[] {
  return stmt<[string], Contact>(
    db,
    `SELECT ${COLUMNS} FROM contacts WHERE customer_id = ? ORDER BY created_at, id`,
  ).all(customerId);
}

/** Whether a case still points at the contact (then it cannot be removed). */
export function contactInUse(db: Db, id: string): boolean {
  return stmt<[string], number>(db, 'SELECT 1 FROM cases WHERE contact_id = ? LIMIT 1').pluck().get(id) === 1;
}
