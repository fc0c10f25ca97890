import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";

/** Elo's database. Features import their own tables and other features' through their public entries. */
export type Database = NodePgDatabase;
/** A transaction of it: commands write through one, so that a change and its audit record commit together. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

interface DatabaseHandle {
  pool: pg.Pool;
  db: Database;
  url: string;
}

// The server entry and the built app are separate module graphs; keep one pool per process.
const globalForDb = globalThis as unknown as { eloDatabase?: DatabaseHandle };

export function connect(url: string): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DB_POOL_SIZE ?? 10),
    // A database host that does not answer fails the request (503) instead of holding it forever.
    connectionTimeoutMillis: 5000,
    // Our queries are short; JIT compilation costs more than it saves on them. Facet counts and
    // collation sorts get room to work in memory.
    options: "-c jit=off -c work_mem=32MB",
  });
  // An idle connection closed by the server (restart, failover) must not bring the process down;
  // the pool replaces it on the next query.
  pool.on("error", (error) => console.error("PostgreSQL connection error:", error.message));
  return { pool, db: drizzle(pool), url };
}

function handle(): DatabaseHandle {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: the server sets it when it starts the database");
  if (!globalForDb.eloDatabase || globalForDb.eloDatabase.url !== url) {
    globalForDb.eloDatabase = connect(url);
  }
  return globalForDb.eloDatabase;
}

export function db(): Database {
  return handle().db;
}

export function pool(): pg.Pool {
  return handle().pool;
}

export async function closeDatabase(): Promise<void> {
  const current = globalForDb.eloDatabase;
  globalForDb.eloDatabase = undefined;
  await current?.pool.end();
}

/** Runs `run` in the caller's transaction when a command is part of a larger change, else in a transaction of its own. */
export const inTransaction = <T>(executor: Transaction | undefined, run: (tx: Transaction) => Promise<T>): Promise<T> =>
  executor ? run(executor) : db().transaction(run);
