import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type RunningDatabase } from "../../app/kit/db/embedded-database.server";
import { prepareDatabase } from "../../app/shell/prepare-database.server";
import { freePort } from "../support/free-port";

// With DATABASE_URL, pg_dump and pg_restore must be as new as the server: the machine's client
// programs with the machine's server (TEST_DATABASE_URL). The embedded database needs no client
// program: an online base backup (decision 0193).
const serverUrl = process.env.TEST_DATABASE_URL;
const run = promisify(execFile);
const names = { source: `elo_backup_source_${process.pid}`, copy: `elo_backup_copy_${process.pid}` };
let folder: string;

const urlOf = (name: string) => {
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return url.toString();
};

async function onServer(sql: string, database = "postgres"): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

const lappiName = async (database: string) =>
  (await onServer("select name_fi from region where code = 'maakunta_19'", database)).rows[0] as { name_fi: string };

/** `npm run backup` / `npm run restore` as an operator runs them, on the given database. */
const npmRun = (command: "backup" | "restore", argument: string, database: string) =>
  run(process.execPath, ["--import", "tsx", "server/backup.ts", command, argument], { env: { ...process.env, DATABASE_URL: urlOf(database) } });

it("names the PostgreSQL version whose client programs a backup needs, and writes no file", async () => {
  // An older pg_dump in PG_BIN: only its --version is ever run, since the check comes first.
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), "elo-old-pg-"));
  fs.writeFileSync(path.join(bin, "pg_dump"), "#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n", { mode: 0o755 });
  const into = path.join(bin, "backups");
  try {
    const failed = run(process.execPath, ["--import", "tsx", "server/backup.ts", "backup", into], { env: { ...process.env, PG_BIN: bin } });
    await expect(failed).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/pg_dump is from PostgreSQL 9 and the database is PostgreSQL \d+: install PostgreSQL \d+'s client programs/),
    });
    expect(fs.existsSync(into)).toBe(false);
  } finally {
    fs.rmSync(bin, { recursive: true, force: true });
  }
});

describe.skipIf(!serverUrl)("npm run backup and npm run restore", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "elo-backups-"));
    for (const name of Object.values(names)) await onServer(`create database "${name}"`);
    await prepareDatabase(urlOf(names.source), { demoData: false });
    await onServer("update region set name_fi = 'Lappi (varmuuskopio)' where code = 'maakunta_19'", names.source);
  });

  afterAll(async () => {
    for (const name of Object.values(names)) await onServer(`drop database if exists "${name}" with (force)`);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("backs up into a timestamped custom-format file and restores it into an empty database and over an existing one", async () => {
    const { stdout } = await npmRun("backup", folder, names.source);
    const [file] = fs.readdirSync(folder);
    expect(file).toMatch(/^elo-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.dump$/);
    expect(stdout).toContain(path.join(folder, file));
    // pg_dump's custom format starts with "PGDMP".
    expect(fs.readFileSync(path.join(folder, file)).subarray(0, 5).toString()).toBe("PGDMP");
    expect(fs.statSync(path.join(folder, file)).mode & 0o777).toBe(0o600);

    await npmRun("restore", path.join(folder, file), names.copy);
    expect(await lappiName(names.copy)).toEqual({ name_fi: "Lappi (varmuuskopio)" });

    await onServer("update region set name_fi = 'muutettu' where code = 'maakunta_19'", names.source);
    await npmRun("restore", path.join(folder, file), names.source);
    expect(await lappiName(names.source)).toEqual({ name_fi: "Lappi (varmuuskopio)" });
  });

  it("says which backup is missing instead of failing in pg_restore", async () => {
    const missing = path.join(folder, "elo-none.dump");
    await expect(npmRun("restore", missing, names.copy)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`No backup at ${missing}.`) });
  });
});

describe("npm run backup and npm run restore of the embedded database", { timeout: 180_000 }, () => {
  let dataDir: string;
  let port: number;
  let database: RunningDatabase | undefined;
  const databaseDir = () => path.join(dataDir, "postgres");
  const start = async () => (database = await startEmbeddedDatabase({ dir: databaseDir(), port, quiet: true }));
  const stop = async () => {
    await database?.stop();
    database = undefined;
  };
  const query = async (sql: string) => {
    const client = new pg.Client({ connectionString: database!.url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };
  /** As an operator runs them on an installation with no DATABASE_URL and no PostgreSQL client programs. */
  const npmRunEmbedded = (command: "backup" | "restore", argument: string) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ELO_DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(port), PATH: "/usr/local/bin:/bin" };
    delete env.DATABASE_URL;
    delete env.PG_BIN;
    return run(process.execPath, ["--import", "tsx", "server/backup.ts", command, argument], { env });
  };

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "elo-embedded-backup-"));
    // The embedded server runs as its own system user when we are root; it must reach the folder.
    fs.chmodSync(dataDir, 0o755);
    port = await freePort();
  });

  afterAll(async () => {
    await stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("backs up the running database while it is written, and restores it after Elo has stopped, keeping what it replaced", async () => {
    await start();
    await query("create table note (id serial primary key, body text not null)");
    await query("insert into note (body) select 'ennen ' || n from generate_series(1, 5000) n");
    // Writes go on during the backup: the WAL in the archive makes the copy consistent.
    const writing = (async () => {
      for (let n = 0; n < 40; n++) await query(`insert into note (body) values ('samaan aikaan ${n}')`);
    })();
    const into = path.join(dataDir, "backups");
    const { stdout } = await npmRunEmbedded("backup", into);
    await writing;
    const [file] = fs.readdirSync(into);
    expect(file).toMatch(/^elo-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.tar\.gz$/);
    expect(stdout).toContain(path.join(into, file));
    expect(fs.statSync(path.join(into, file)).mode & 0o777).toBe(0o600);
    // Nothing of the backup's own staging is left behind.
    expect(fs.readdirSync(into)).toEqual([file]);
    const backedUp = Number((await query("select count(*) as n from note where body like 'ennen%'"))[0].n);
    expect(backedUp).toBe(5000);

    await query("update note set body = 'muutettu'");
    await query("insert into note (body) values ('varmuuskopion jälkeen')");
    await expect(npmRunEmbedded("restore", path.join(into, file))).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Elo is running on this database: stop it, then restore."),
    });

    await stop();
    const restored = await npmRunEmbedded("restore", path.join(into, file));
    expect(restored.stdout).toMatch(/Restored .*The data it replaced is kept in .*postgres\.before-restore-/);
    await start();
    const rows = await query("select body from note order by id");
    expect(rows.filter((r) => String(r.body).startsWith("ennen"))).toHaveLength(5000);
    expect(rows.some((r) => r.body === "muutettu" || r.body === "varmuuskopion jälkeen")).toBe(false);
    expect(fs.readdirSync(dataDir).some((name) => name.startsWith("postgres.before-restore-") && !name.endsWith(".password"))).toBe(true);
  });

  it("refuses a pg_dump file, and a file that is not a backup, leaving the database as it was", async () => {
    await stop();
    await expect(npmRunEmbedded("restore", path.join(dataDir, "elo-x.dump"))).rejects.toMatchObject({
      stderr: expect.stringContaining("is a pg_dump backup: restore it with DATABASE_URL"),
    });
    const bogus = path.join(dataDir, "elo-bogus.tar.gz");
    await run("tar", ["-czf", bogus, "-C", os.tmpdir(), path.basename(fs.mkdtempSync(path.join(os.tmpdir(), "elo-not-a-backup-")))]);
    await expect(npmRunEmbedded("restore", bogus)).rejects.toMatchObject({ stderr: expect.stringContaining("is not a backup of an embedded Elo database") });
    await start();
    expect(await query("select count(*)::int as n from note")).toEqual([{ n: expect.any(Number) }]);
  });
});
