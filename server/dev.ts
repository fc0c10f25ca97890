/**
 * `npm run dev`: Elo with hot reload. The same database and middleware as `npm start` (server/serve.ts),
 * but the app comes from Vite in middleware mode instead of the build: a change to a route or
 * component shows on the next request and in the browser (Vite's HMR) without a restart. A change to a
 * message catalogue restarts Vite by itself (vite.config.ts imports the catalogue to make the
 * browser's per-language chunks), which takes a moment. Changes to server/ or to what start-up
 * itself runs (migrations, demo data) need a restart of `npm run dev`.
 */
import "./development-env.ts";
import http from "node:http";
import type { ServerBuild } from "react-router";
import { createLogger, createServer } from "vite";
import { startupFailureMessage } from "../app/kit/startup.server.ts";
import { answerStopSignalsAlone, createApp, handleRequests, serve, startDatabase } from "./serve.ts";

/** Vite's logger, less its warnings about suomifi-ui-components' published source maps, which name sources it does not ship. */
function quietLogger() {
  const logger = createLogger();
  const missingSources = /^Sourcemap for ".*\/node_modules\/.*" points to missing source files/;
  const warnOnce = logger.warnOnce.bind(logger);
  logger.warnOnce = (message, options) => {
    if (!missingSources.test(message)) warnOnce(message, options);
  };
  return logger;
}

async function main() {
  const database = await startDatabase();
  try {
    const app = createApp();
    const server = http.createServer(app);
    const vite = await createServer({
      customLogger: quietLogger(),
      // HMR's WebSocket shares the HTTP server (and so PORT) rather than taking a port of its own.
      server: { middlewareMode: true, hmr: { server } },
      // Find the browser's dependencies in every page at start: otherwise Vite finds them page by page
      // and reloads the browser each time it adds one ("504 Outdated Optimize Dep" on the first visits).
      optimizeDeps: { entries: ["app/entry.client.tsx", "app/root.tsx", "app/**/routes/**/*.tsx"] },
      // Each start of Vite (the first, and after a catalogue change) makes a child compiler that answers SIGTERM itself.
      plugins: [{ name: "elo-dev-stop-signals", configureServer: () => answerStopSignalsAlone() }],
    });
    // Through `vite` each time: a restart of Vite (after a catalogue change) replaces its middlewares.
    app.use((req, res, next) => vite.middlewares(req, res, next));
    handleRequests(app, () => vite.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>);
    await serve(server, database, { beforeDatabaseStop: () => vite.close() });
  } catch (error) {
    await database.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(startupFailureMessage(error));
  process.exit(1);
});
