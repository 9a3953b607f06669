// Operation names alone, without schemas, so that the sandboxed preload can stay tiny (no zod).
// api.ts is checked against this list at compile time: a name missing on either side fails to build.
export const OPERATION_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'customers.search',
  'customers.create',
  'customers.get',
  // Customers and contacts, the service catalogue, customer import from CSV.
  'customers.list',
  'customers.update',
  'contacts.add',
  'contacts.update',
  'contacts.remove',
  'services.list',
  'services.add',
  'customers.importStart',
  'customers.importStage',
  'customers.importCommit',
  'customers.importCancel',
  'cases.list',
  'cases.count',
  'cases.search',
  'cases.export',
  'views.list',
  'views.save',
  'views.delete',
  'cases.get',
  'cases.create',
  'cases.addNote',
  'cases.changeStatus',
  // The case page: lifecycle, timeline, tags, links, drafts, attachments.
  'cases.update',
  'cases.assign',
  'cases.addReply',
  'cases.logCall',
  'cases.editNote',
  'cases.addTag',
  'cases.removeTag',
  'tags.suggest',
  'cases.link',
  'cases.unlink',
  'cases.similarOpen',
  'agents.list',
  'drafts.get',
  'drafts.save',
  'drafts.discard',
  'attachments.add',
  'attachments.open',
  'attachments.content',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

/** IPC channel for an operation; one channel each so the main process can route without parsing. */
export const ipcChannel = (name: OperationName) => `shiftdesk:${name}`;
