import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "~": fileURLToPath(new URL("./app", import.meta.url)) };
const external = process.env.TEST_DATABASE_URL;

/** Pure tests: no database, no built app (`npm run test:unit`, decision 0174). */
const unitTests = ["app/**/*.test.ts", "tests/architecture/**/*.test.ts"];
/** Tests that need a database but no app server; the rest of `tests/` needs the built app's server. */
const databaseTests = ["app/**/*.db.test.ts"];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: unitTests,
          exclude: databaseTests,
          setupFiles: ["tests/support/install-messages.ts"],
          // Pure tests share one module graph per worker: the catalogue and zod load once, not per file.
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "database",
          // The database tests on an embedded PostgreSQL of their own, so that they can run beside
          // the browser tests without seeing their data (decision 0218).
          include: databaseTests,
          globalSetup: ["tests/support/global-database.ts"],
          setupFiles: ["tests/support/install.ts", "tests/support/env.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "embedded",
          // The built app's server on an embedded PostgreSQL, driven over HTTP and in Chromium.
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/architecture/**"],
          globalSetup: ["tests/support/global-embedded.ts"],
          setupFiles: ["tests/support/install.ts", "tests/support/env.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      ...(external
        ? [
            {
              resolve: { alias },
              test: {
                name: "external-postgres",
                // The database tests, against the PostgreSQL server of TEST_DATABASE_URL.
                include: databaseTests,
                globalSetup: ["tests/support/global-external.ts"],
                setupFiles: ["tests/support/install.ts", "tests/support/env.ts"],
                testTimeout: 30_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
});
