import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  // Every feature owns its tables in its own schema.server.ts.
  schema: "./app/**/schema.server.ts",
  out: "./drizzle",
});
