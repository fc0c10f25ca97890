import type { TestProject } from "vitest/node";
import { startAppServer } from "./app-server";
import { startEmbeddedTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    appUrl: string;
  }
}

/** One embedded PostgreSQL and one Elo server (built app) for the whole test run. */
export default async function setup(project: TestProject) {
  const database = await startEmbeddedTestDatabase();
  // A server that cannot start must not leave the database running (the run would hang on exit).
  const app = await startAppServer(database.url).catch(async (error: unknown) => {
    await database.stop();
    throw error;
  });
  project.provide("databaseUrl", database.url);
  project.provide("appUrl", app.url);
  return async () => {
    await app.stop();
    await database.stop();
  };
}
