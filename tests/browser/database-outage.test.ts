import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type RunningDatabase } from "../../app/kit/db/embedded-database.server";
import { closeDatabase } from "../../app/kit/db/db.server";
import { prepareDatabase } from "../../app/shell/prepare-database.server";
import { startAppServer } from "../support/app-server";
import { anAccount } from "../support/fixtures";
import { freePort } from "../support/free-port";

// The app server of this file runs on a PostgreSQL of its own, which the test stops and starts again.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "elo-outage-db-"));
let port: number;
let database: RunningDatabase | undefined;
let app: { url: string; stop: () => Promise<void> };
let account: { email: string; password: string };

const startDatabase = async () => {
  database = await startEmbeddedDatabase({ dir: path.join(dir, "pg"), port, database: "elo_outage", persistent: true, quiet: true });
  return database;
};

beforeAll(async () => {
  // The embedded server runs as its own system user when we are root; it must reach the folder.
  fs.chmodSync(dir, 0o755);
  port = await freePort();
  const { url } = await startDatabase();
  await prepareDatabase(url, { demoData: false });
  // The account is made in this file's database, then the test's own database is the shared one again.
  const shared = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  account = await anAccount({ role: "admin" });
  await closeDatabase();
  process.env.DATABASE_URL = shared;
  app = await startAppServer(url);
});

afterAll(async () => {
  await app?.stop();
  await database?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const signInPost = (password: string) =>
  fetch(`${app.url}/fi/sign-in`, {
    method: "POST",
    body: new URLSearchParams({ email: account.email, password, next: "/fi/work" }),
    headers: { origin: app.url },
    redirect: "manual",
  });

describe("while the database is down", { timeout: 120_000 }, () => {
  it("pages answer a translated 503 with Retry-After, sign-in says so, and all works again when it is back", async () => {
    expect((await fetch(`${app.url}/health/ready`)).status).toBe(200);
    const signedIn = await signInPost(account.password);
    expect(signedIn.status).toBe(302);
    const cookie = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    await database!.stop();
    database = undefined;

    for (const pagePath of ["/fi/search", "/fi/work"]) {
      const response = await fetch(`${app.url}${pagePath}`, { headers: { cookie }, redirect: "manual" });
      expect(response.status, pagePath).toBe(503);
      expect(response.headers.get("retry-after"), pagePath).toBe("30");
      const html = await response.text();
      expect(html, pagePath).toContain("Palvelu ei ole juuri nyt käytettävissä. Yritä hetken kuluttua uudelleen.");
      expect(html, pagePath).not.toMatch(/ECONNREFUSED|at .*\.js:\d+/);
    }
    const refused = await signInPost(account.password);
    expect(refused.status).toBe(503);
    const text = await refused.text();
    expect(text).toContain("Kirjautuminen ei ole juuri nyt käytettävissä.");
    expect(text).not.toContain("Sähköposti tai salasana on väärin.");

    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "unavailable", database: "down" });
    expect((await fetch(`${app.url}/health/live`)).status).toBe(200);

    await startDatabase();
    expect((await fetch(`${app.url}/health/ready`)).status).toBe(200);
    expect((await fetch(`${app.url}/fi/search`)).status).toBe(200);
    expect((await fetch(`${app.url}/fi/work`, { headers: { cookie }, redirect: "manual" })).status).toBe(200);
    expect((await signInPost("not the password")).status).toBe(401);
  });
});
