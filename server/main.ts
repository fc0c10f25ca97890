/**
 * Starts Elo: the database (embedded PostgreSQL unless DATABASE_URL is set), migrations, demo data,
 * the job runner (mail delivery, the daily reminders) and the HTTP server. Ctrl-C stops them in
 * turn: the HTTP server, the runner (its running jobs finish), then the database.
 */
import "./production-env.ts";
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express from "express";
import path from "node:path";
import type { ServerBuild } from "react-router";
import { badAddressPage, hasUndecodablePath } from "../app/kit/http/bad-address.ts";
import { config } from "../app/kit/config.server.ts";
import { closeDatabase } from "../app/kit/db/db.server.ts";
import { startEmbeddedDatabase, type RunningDatabase } from "../app/kit/db/embedded-database.server.ts";
import { prepareDatabase } from "../app/shell/prepare-database.server.ts";
import { startJobRunner, type JobRunner } from "../app/jobs/runner.server.ts";

async function main() {
  let embedded: RunningDatabase | undefined;
  if (!config.databaseUrl) {
    console.log(`Starting the embedded PostgreSQL (data in ${path.resolve(config.dataDir)})…`);
    embedded = await startEmbeddedDatabase({
      dir: path.join(config.dataDir, "postgres"),
      port: config.embeddedDatabasePort,
    });
    process.env.DATABASE_URL = embedded.url;
  }
  const databaseUrl = process.env.DATABASE_URL!;
  await prepareDatabase(databaseUrl, { demoData: config.loadDemoData });
  // Any number of instances may run a runner on one database: each job is taken by one of them,
  // each schedule's run is made once (decision 0171).
  const jobs: JobRunner | undefined = config.runJobs ? await startJobRunner({ databaseUrl }) : undefined;

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", process.env.TRUST_PROXY === "true");
  app.use(compression());
  // An address whose path does not decode ("/fi/pages/%ZZ") never reaches the router: a 400 page in its language.
  app.use((req, res, next) => {
    if (!hasUndecodablePath(req.originalUrl)) return next();
    const page = badAddressPage(req.originalUrl);
    res.status(page.status).type("html").send(page.html);
  });
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  app.use(express.static("build/client", { maxAge: "1h" }));
  const build = (await import(path.resolve("build/server/index.js"))) as ServerBuild;
  app.all(
    "/{*path}",
    (req, _res, next) => {
      // better-auth's rate limiter reads the client address from this header; never trust the client's own.
      req.headers["x-elo-client-ip"] = req.ip ?? req.socket.remoteAddress ?? "";
      next();
    },
    createRequestHandler({ build }),
  );

  const server = app.listen(config.port, config.host, () => {
    console.log(`Elo is running at http://localhost:${config.port}`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await jobs?.stop();
    await closeDatabase();
    if (embedded) await embedded.stop();
    console.log("Stopped.");
    process.exit(0);
  };
  process.on("unhandledRejection", (reason) => console.error("Unhandled rejection:", reason));
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
