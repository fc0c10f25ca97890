import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port";
import { livePostmaster, startElo, waitUntilServing, type EloProcess } from "./elo-process";

// `npm start` on a fresh data directory, killed with SIGKILL and started again; then with its ports taken.
let dataDir: string;
let settings: Record<string, string>;
const started: EloProcess[] = [];
const start = (extra: Record<string, string> = {}) => {
  const elo = startElo({ ...settings, ...extra });
  started.push(elo);
  return elo;
};
const url = () => `http://127.0.0.1:${settings.PORT}/fi`;
const databaseDir = () => path.join(dataDir, "postgres");

/** Holds `port` on loopback, as another program would. */
async function holdPort(port: number): Promise<net.Server> {
  const holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(port, "127.0.0.1", resolve));
  return holder;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "elo-restart-"));
  // The embedded server runs as its own system user when we are root; it must reach the folder.
  fs.chmodSync(dataDir, 0o755);
  settings = { ELO_DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_DB_PORT: String(await freePort()) };
});

afterAll(async () => {
  for (const elo of started) if (elo.child.exitCode === null && elo.child.signalCode === null) elo.child.kill("SIGKILL");
  const orphan = livePostmaster(databaseDir());
  if (orphan) process.kill(orphan, "SIGQUIT");
  for (let i = 0; i < 100 && livePostmaster(databaseDir()); i++) await new Promise((r) => setTimeout(r, 100));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start", { timeout: 240_000 }, () => {
  it("comes back after the app is killed with SIGKILL, stopping the PostgreSQL it left running", async () => {
    const first = start();
    await waitUntilServing(first, url());
    const secret = fs.readFileSync(path.join(dataDir, "auth-secret"), "utf8");
    first.child.kill("SIGKILL");
    await first.exited;
    // The case of the finding: the database outlives the app.
    const orphan = livePostmaster(databaseDir());
    expect(orphan).toBeGreaterThan(0);

    const second = start();
    await waitUntilServing(second, url());
    expect(second.output()).toContain(`Stopping the embedded PostgreSQL (process ${orphan})`);
    expect(livePostmaster(databaseDir())).not.toBe(orphan);
    // The generated secret is kept, so sessions survive the restart.
    expect(fs.readFileSync(path.join(dataDir, "auth-secret"), "utf8")).toBe(secret);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    expect(livePostmaster(databaseDir())).toBeUndefined();
  });

  it("keeps its secrets in files only its owner reads", () => {
    for (const file of ["auth-secret", "postgres.password"]) {
      const stat = fs.statSync(path.join(dataDir, file));
      expect(stat.mode & 0o777, file).toBe(0o600);
      expect(fs.readFileSync(path.join(dataDir, file), "utf8").trim(), file).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("starts over a stale postmaster.pid whose process is gone", async () => {
    fs.writeFileSync(path.join(databaseDir(), "postmaster.pid"), `999999999\n${databaseDir()}\n`);
    const elo = start();
    await waitUntilServing(elo, url());
    elo.child.kill("SIGTERM");
    expect(await elo.exited).toBe(0);
  });

  it("leaves the database of a running Elo alone when a second one is started on its data directory", async () => {
    const running = start();
    await waitUntilServing(running, url());
    const second = start({ PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`belongs to a running Elo (process ${running.child.pid})`);
    expect((await fetch(url())).ok).toBe(true);
    running.child.kill("SIGTERM");
    expect(await running.exited).toBe(0);
  });

  it.each([
    ["PORT", () => Number(settings.PORT)],
    ["EMBEDDED_DB_PORT", () => Number(settings.EMBEDDED_DB_PORT)],
  ])("names %s when its port is taken by another program, and exits non-zero", async (setting, port) => {
    const holder = await holdPort(port());
    try {
      const elo = start();
      expect(await elo.exited).toBe(1);
      expect(elo.output()).toContain(`Port ${port()} is in use by another program. Set ${setting} to a free port`);
      expect(elo.output()).not.toContain("undefined");
      expect(livePostmaster(databaseDir())).toBeUndefined();
    } finally {
      holder.close();
    }
  });

  it("refuses to start on DATABASE_URL without AUTH_SECRET and PUBLIC_URL, naming each", async () => {
    const missing = start({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    expect(await missing.exited).toBe(1);
    expect(missing.output()).toContain("AUTH_SECRET is not set");
    expect(missing.output()).toContain("PUBLIC_URL is not set");

    const weak = start({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/none", AUTH_SECRET: "short", PUBLIC_URL: "https://elo.example.fi" });
    expect(await weak.exited).toBe(1);
    expect(weak.output()).toContain("AUTH_SECRET is too short");
    expect(weak.output()).not.toContain("PUBLIC_URL");
  });
});
