import type { TestProject } from "vitest/node";
import { startEmbeddedTestDatabase } from "./test-database";

/** One embedded PostgreSQL for the database tests (`*.db.test.ts`), which need no Elo server. */
export default async function setup(project: TestProject) {
  const database = await startEmbeddedTestDatabase();
  project.provide("databaseUrl", database.url);
  project.provide("appUrl", "");
  return () => database.stop();
}
