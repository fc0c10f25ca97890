/**
 * `npm run backup -- [folder]` and `npm run restore -- <file>`. With DATABASE_URL: a custom-format
 * pg_dump backup and its pg_restore. Without it, the embedded PostgreSQL of ELO_DATA_DIR: an online
 * base backup (`.tar.gz`) that needs no client program, restored while Elo is stopped (decision 0193).
 */
import fs from "node:fs";
import path from "node:path";
import { config } from "../app/kit/config.server.ts";
import { backupDatabase, restoreDatabase } from "../app/kit/db/backup.server.ts";
import { baseBackup, unpackBaseBackup } from "../app/kit/db/base-backup.server.ts";
import { passwordFileOf, startEmbeddedDatabase } from "../app/kit/db/embedded-database.server.ts";
import { runningPostgres } from "../app/kit/db/orphaned-postgres.server.ts";
import { StartupError, startupFailureMessage } from "../app/kit/startup.server.ts";

const embeddedDir = () => path.resolve(config.dataDir, "postgres");

/** The embedded database as it runs (under a running Elo), or started for the while. */
async function embeddedDatabase(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) throw new StartupError(`No embedded database in ${dir}: check ELO_DATA_DIR.`);
  const running = runningPostgres(dir);
  if (running) {
    const password = fs.readFileSync(passwordFileOf(dir), "utf8").trim();
    return { url: `postgres://elo:${password}@127.0.0.1:${running.port}/elo`, stop: async () => {} };
  }
  return startEmbeddedDatabase({ dir, port: config.embeddedDatabasePort, portSetting: "EMBEDDED_DB_PORT", quiet: true });
}

async function backup(folder: string): Promise<string> {
  if (config.databaseUrl) return backupDatabase(config.databaseUrl, folder);
  const dir = embeddedDir();
  const database = await embeddedDatabase(dir);
  try {
    return await baseBackup(database.url, dir, folder);
  } finally {
    await database.stop();
  }
}

async function restore(file: string): Promise<string> {
  const isBaseBackup = file.endsWith(".tar.gz");
  if (config.databaseUrl) {
    if (isBaseBackup) throw new StartupError(`${file} is a backup of an embedded database: restore it without DATABASE_URL.`);
    await restoreDatabase(config.databaseUrl, file);
    return `Restored ${file}.`;
  }
  if (!isBaseBackup) throw new StartupError(`${file} is a pg_dump backup: restore it with DATABASE_URL set to the database to restore into.`);
  const dir = embeddedDir();
  if (runningPostgres(dir)) throw new StartupError("Elo is running on this database: stop it, then restore.");
  const keptAs = await unpackBaseBackup(file, dir);
  // The first start replays the WAL in the backup; a backup that cannot start puts the old data back.
  const started = await startEmbeddedDatabase({ dir, port: config.embeddedDatabasePort, portSetting: "EMBEDDED_DB_PORT", quiet: true }).catch(
    (error: unknown) => {
      if (keptAs) {
        fs.rmSync(dir, { recursive: true, force: true });
        fs.renameSync(keptAs, dir);
        fs.renameSync(`${keptAs}.password`, passwordFileOf(dir));
      }
      throw error;
    },
  );
  await started.stop();
  return `Restored ${file}.${keptAs ? ` The data it replaced is kept in ${keptAs}; delete it once all is well.` : ""}`;
}

async function main(command: string | undefined, argument: string | undefined): Promise<void> {
  if (command === "restore") {
    if (!argument) throw new StartupError("Give the backup to restore: npm run restore -- backups/elo-….tar.gz");
    console.log(await restore(argument));
  } else {
    console.log(`Backed up to ${await backup(argument ?? "backups")}.`);
  }
}

main(process.argv[2], process.argv[3]).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(startupFailureMessage(error));
    process.exit(1);
  },
);
