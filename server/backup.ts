/**
 * `npm run backup -- [folder]` and `npm run restore -- <file>`: a custom-format backup of Elo's
 * database (DATABASE_URL, or the embedded PostgreSQL of ELO_DATA_DIR), and its restore. The embedded
 * server is used as it runs (under a running Elo) or started for the while.
 */
import fs from "node:fs";
import path from "node:path";
import { config } from "../app/kit/config.server.ts";
import { backupDatabase, restoreDatabase } from "../app/kit/db/backup.server.ts";
import { passwordFileOf, startEmbeddedDatabase } from "../app/kit/db/embedded-database.server.ts";
import { runningPostgres } from "../app/kit/db/orphaned-postgres.server.ts";
import { StartupError, startupFailureMessage } from "../app/kit/startup.server.ts";

/** The database to back up or restore into, and what to stop afterwards. */
async function database(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  const dir = path.resolve(config.dataDir, "postgres");
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) throw new StartupError(`No embedded database in ${dir}: check ELO_DATA_DIR.`);
  const running = runningPostgres(dir);
  if (running) {
    const password = fs.readFileSync(passwordFileOf(dir), "utf8").trim();
    return { url: `postgres://elo:${password}@127.0.0.1:${running.port}/elo`, stop: async () => {} };
  }
  return startEmbeddedDatabase({ dir, port: config.embeddedDatabasePort, portSetting: "EMBEDDED_DB_PORT", quiet: true });
}

async function main(command: string | undefined, argument: string | undefined): Promise<void> {
  if (command === "restore" && !argument) throw new StartupError("Give the backup to restore: npm run restore -- backups/elo-….dump");
  const target = await database();
  try {
    if (command === "restore") {
      await restoreDatabase(target.url, argument!);
      console.log(`Restored ${argument}.`);
    } else {
      console.log(`Backed up to ${await backupDatabase(target.url, argument ?? "backups")}.`);
    }
  } finally {
    await target.stop();
  }
}

main(process.argv[2], process.argv[3]).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(startupFailureMessage(error));
    process.exit(1);
  },
);
