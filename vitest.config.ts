import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "~": fileURLToPath(new URL("./app", import.meta.url)) };
const external = process.env.TEST_DATABASE_URL;

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "embedded",
          include: ["app/**/*.test.ts", "tests/**/*.test.ts"],
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
                include: ["app/**/*.db.test.ts"],
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
