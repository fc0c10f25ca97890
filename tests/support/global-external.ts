import type { TestProject } from "vitest/node";
import { createExternalTestDatabase } from "./test-database";

/** The database tests once more against the PostgreSQL server named by TEST_DATABASE_URL. */
export default async function setup(project: TestProject) {
  const database = await createExternalTestDatabase(process.env.TEST_DATABASE_URL!);
  project.provide("databaseUrl", database.url);
  project.provide("appUrl", "");
  return () => database.stop();
}
