import { migrate } from "drizzle-orm/node-postgres/migrator";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { connect } from "./db.server";

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../drizzle");

/** Applies the drizzle-kit SQL migrations that the database has not seen yet. */
export async function migrateDatabase(url: string): Promise<void> {
  const { db, pool } = connect(url);
  try {
    await migrate(db, { migrationsFolder });
  } finally {
    await pool.end();
  }
}
