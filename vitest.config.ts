import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "~": fileURLToPath(new URL("./app", import.meta.url)) };
const external = process.env.TEST_DATABASE_URL;

/** Pure tests: no database, no built app (`npm run test:unit`, decision 0174). */
const unitTests = ["app/**/*.test.ts", "tests/architecture/**/*.test.ts"];
/** Tests that need the run's database (`*.db.test.ts`) or the built app's server (the rest of `tests/`). */
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
          name: "embedded",
          include: [...databaseTests, "tests/**/*.test.ts"],
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
