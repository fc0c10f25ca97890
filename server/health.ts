import type { Express } from "express";
import { pool } from "../app/kit/db/db.server.ts";

/** How long readiness waits for the database before calling it down. */
const readinessTimeoutMs = 2000;

async function databaseAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), readinessTimeoutMs)));
  const query = pool()
    .query("select 1")
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * For load balancers and orchestrators: `/health/live` says the process answers (no database),
 * `/health/ready` whether it can serve pages, i.e. the database answers (503 when not). JSON, no
 * cookies, never cached, and not logged: they are asked every few seconds.
 */
export function healthChecks(app: Express): void {
  app.get("/health/live", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ status: "ok" });
  });
  app.get("/health/ready", async (_req, res) => {
    const up = await databaseAnswers();
    res
      .status(up ? 200 : 503)
      .set("Cache-Control", "no-store")
      .json({ status: up ? "ok" : "unavailable", database: up ? "up" : "down" });
  });
}
