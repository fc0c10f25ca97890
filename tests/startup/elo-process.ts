import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** The built Elo as `npm start` runs it, on its embedded PostgreSQL, with the output kept for the assertions. */
export interface EloProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export function startElo(settings: Record<string, string>): EloProcess {
  // Not the test run's database or secret: these are the settings of a fresh installation.
  const { DATABASE_URL: _url, AUTH_SECRET: _secret, PUBLIC_URL: _public, ...inherited } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...inherited, NODE_ENV: "production", HOST: "127.0.0.1", ELO_DEMO_DATA: "false", ELO_JOBS: "false", ELO_REMINDERS: "false", ...settings },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Resolves once `url` answers 200; throws with the output if the process exits first. */
export async function waitUntilServing(elo: EloProcess, url: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (elo.child.exitCode !== null) throw new Error(`Elo exited (${elo.child.exitCode}):\n${elo.output()}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Elo did not serve ${url}:\n${elo.output()}`);
}

/** The process that postmaster.pid in `databaseDir` names, if it is alive. */
export function livePostmaster(databaseDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(databaseDir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}
