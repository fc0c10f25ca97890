import { and, eq, sql, type SQL } from "drizzle-orm";
import { integer, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { EditConflict } from "../validation/errors";
import type { Transaction } from "./db.server";

/** A table whose rows carry an `id` and an edit `version` (integer, starting at 1). */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

/**
 * Updates one row and bumps its version. With an expected version (the one the form was loaded
 * with) the row is updated only if it still has it; otherwise nothing is written and `conflict()`'s
 * error is thrown, so the caller's transaction rolls back. Without one (imports, demo data) the row
 * is updated and bumped all the same. Returns the new version.
 */
export async function updateVersioned(
  tx: Transaction,
  table: VersionedTable,
  target: { id: string; version?: number },
  values: Record<string, unknown>,
  conflict: () => Promise<EditConflict>,
): Promise<number> {
  const where: SQL | undefined = target.version === undefined ? eq(table.id, target.id) : and(eq(table.id, target.id), eq(table.version, target.version));
  const rows = await tx
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1` })
    .where(where)
    .returning({ version: table.version });
  if (rows.length === 0) throw await conflict();
  return rows[0].version as number;
}

/** The edit version column of a table updated through `updateVersioned`. */
export const editVersionColumn = () => integer("version").notNull().default(1);
