import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./app/foundation/schema.server.ts",
  out: "./drizzle",
});
