// The triggers that keep a table append-only: an update or a delete is refused with the table's name.
// Written for a db.exec block indented by six spaces, so that the stored trigger text reads as the
// migrations that first created these triggers wrote it.
export const appendOnlyTriggersSql = (table: string): string =>
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
        BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END;
      CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
        BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END;`;
