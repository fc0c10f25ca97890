import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../app/kit/db/embedded-database.server";
import { prepareDatabase } from "../app/shell/prepare-database.server";
import { freePort } from "../tests/support/free-port";

export interface BenchDatabase {
  url: string;
  /** Where the database runs, for the report. */
  description: string;
  stop: () => Promise<void>;
}

/**
 * A fresh database for one run: a new database on the server of BENCH_DATABASE_URL or DATABASE_URL
 * (dropped afterwards), otherwise an embedded PostgreSQL in a temporary folder.
 */
export async function startBenchDatabase(): Promise<BenchDatabase> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `elo_bench_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    await prepareDatabase(url.toString(), { demoData: false });
    return {
      url: url.toString(),
      description: `database ${name} on ${url.host} (dropped afterwards)`,
      stop: async () => {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`drop database if exists "${name}" with (force)`);
        await client.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "elo-bench-db-"));
  // As root the embedded server runs as its own system user, which must reach the folder.
  fs.chmodSync(dir, 0o755);
  const running = await startEmbeddedDatabase({
    dir: path.join(dir, "pg"),
    port: await freePort(),
    database: "elo_bench",
    persistent: false,
    quiet: true,
  });
  await prepareDatabase(running.url, { demoData: false });
  return {
    url: running.url,
    description: `embedded PostgreSQL in ${dir} (default settings, removed afterwards)`,
    stop: async () => {
      await running.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
