/**
 * A PostgreSQL left running on our data directory by an Elo that was killed (`kill -9`, a crash):
 * its postmaster.pid names a live server. It is stopped cleanly rather than reused (decision 0180):
 * a reused server would be nobody's child, so Ctrl-C would no longer stop it.
 */
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { StartupError } from "../startup.server";

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Whether `pid` is a PostgreSQL server; true where the platform has no /proc to ask. */
function isPostgres(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return !fs.existsSync("/proc/self");
  }
}

/** The Node.js process that started `pid`, if it still runs; a killed Elo's server has been handed to init. */
function nodeParentOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return parent > 1 && fs.readFileSync(`/proc/${parent}/cmdline`, "utf8").includes("node") ? parent : undefined;
  } catch {
    return undefined;
  }
}

async function waitForExit(pid: number, seconds: number): Promise<boolean> {
  for (let waited = 0; waited < seconds * 10; waited++) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

/** The PostgreSQL server that runs on `databaseDir` by its postmaster.pid, with its port. */
export function runningPostgres(databaseDir: string): { pid: number; port: number } | undefined {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(databaseDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const ours = Number.isInteger(pid) && pid > 0 && isAlive(pid) && isPostgres(pid) && path.resolve(lines[1] ?? "") === databaseDir;
  return ours ? { pid, port: Number(lines[3]) } : undefined;
}

/** Stops the server that postmaster.pid in `databaseDir` names, or removes the file when its process is gone. */
export async function stopOrphanedPostgres(databaseDir: string, log: (message: string) => void): Promise<void> {
  const lockFile = path.join(databaseDir, "postmaster.pid");
  if (!fs.existsSync(lockFile)) return;
  const pid = runningPostgres(databaseDir)?.pid;
  if (!pid) {
    // The server died with Elo (or the number now belongs to another process): PostgreSQL would refuse to start while it lies there.
    fs.rmSync(lockFile, { force: true });
    return;
  }
  const owner = nodeParentOf(pid);
  if (owner)
    throw new StartupError(
      `The embedded PostgreSQL on ${databaseDir} belongs to a running Elo (process ${owner}). Stop it first, or give this one another ELO_DATA_DIR.`,
    );
  log(`Stopping the embedded PostgreSQL (process ${pid}) left running on ${databaseDir}…`);
  // SIGINT is PostgreSQL's fast shutdown: sessions are ended and the data written out cleanly.
  process.kill(pid, "SIGINT");
  if (await waitForExit(pid, 60)) return;
  // SIGQUIT: immediate shutdown; the next start recovers from the write-ahead log.
  process.kill(pid, "SIGQUIT");
  if (!(await waitForExit(pid, 10)))
    throw new StartupError(`The embedded PostgreSQL (process ${pid}) on ${databaseDir} does not stop; stop it and start Elo again.`);
}
