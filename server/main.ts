/**
 * Starts Elo from the built app (`npm run build`): the database (embedded PostgreSQL unless
 * DATABASE_URL is set), migrations, demo data, the job runner and the HTTP server. Ctrl-C stops them and the
 * database cleanly. `npm run dev` (server/dev.ts) starts the same with Vite instead of the build.
 */
import "./production-env.ts";
import express from "express";
import http from "node:http";
import path from "node:path";
import type { ServerBuild } from "react-router";
import { startupFailureMessage } from "../app/kit/startup.server.ts";
import { createApp, handleRequests, serve, startDatabase } from "./serve.ts";

async function main() {
  const database = await startDatabase();
  try {
    const app = createApp();
    app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
    app.use(express.static("build/client", { maxAge: "1h" }));
    const build = (await import(path.resolve("build/server/index.js"))) as ServerBuild;
    handleRequests(app, build);
    await serve(http.createServer(app), database);
  } catch (error) {
    // No build (run `npm run build`, or `npm start`): stop the database that was started for nothing.
    await database.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(startupFailureMessage(error));
  process.exit(1);
});
