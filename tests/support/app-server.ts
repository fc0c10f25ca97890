import { spawn } from "node:child_process";
import { freePort } from "./free-port";

/**
 * Runs the built Elo server against the given database, as `npm start` does after building; without
 * a job runner, so that the test files' own runners (on databases of their own) are the only ones.
 * Without rate limits too, since tests sign in many times a second; `env` overrides any setting (the
 * abuse tests turn the limits on).
 */
export async function startAppServer(databaseUrl: string, env: Record<string, string> = {}): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    // Production mode, as `npm start` runs it (vitest itself sets NODE_ENV=test).
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      // A production start on DATABASE_URL requires both (decision 0180).
      AUTH_SECRET: "elo-test-secret-0123456789abcdef0123456789abcdef",
      PUBLIC_URL: `http://localhost:${port}`,
      PORT: String(port),
      HOST: "127.0.0.1",
      ELO_DEMO_DATA: "false",
      ELO_JOBS: "false",
      ELO_REMINDERS: "false",
      ELO_RATE_LIMIT: "false",
      // Tests sign in as admins and coordinators without a second factor; tests/browser/two-factor.test.ts turns it on.
      ELO_REQUIRE_TWO_FACTOR: "false",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  let stopping = false;
  // A server that dies during the run would only show as refused connections; say why instead.
  child.on("exit", (code, signal) => {
    if (!stopping) console.error(`The Elo test server exited (code ${code}, signal ${signal}). Its output:\n${output}`);
  });
  const url = `http://127.0.0.1:${port}`;
  // Generous: the machine may be busy with other builds.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The Elo server exited:\n${output}`);
    try {
      const response = await fetch(`${url}/fi`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stopping = true;
      child.kill("SIGTERM");
      throw new Error(`The Elo server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
