import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDatabase } from "../../app/kit/db/db.server";
import { migrateDatabase } from "../../app/kit/db/migrate.server";
import { migrateJobs } from "../../app/jobs/runner.server";

/**
 * A database of the test file's own, on the run's server, for tests that start job runners: a
 * runner takes any due job in its database, so in the shared one it would take (and send with this
 * file's SMTP settings) other files' mail. Migrated, without reference data. The file's code talks
 * to it through DATABASE_URL; it is dropped after the file.
 */
export function useOwnDatabase(): { readonly url: string } {
  const server = new URL(inject("databaseUrl"));
  const name = `elo_own_${randomUUID().slice(0, 8)}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server.toString() });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  beforeAll(async () => {
    await admin(`create database "${name}"`);
    await migrateDatabase(url.toString());
    await migrateJobs(url.toString());
    await closeDatabase();
    process.env.DATABASE_URL = url.toString();
  });
  afterAll(async () => {
    await closeDatabase();
    process.env.DATABASE_URL = server.toString();
    await admin(`drop database if exists "${name}" with (force)`);
  });
  return {
    get url() {
      return url.toString();
    },
  };
}
