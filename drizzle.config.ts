import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  // Every feature owns its tables in its own schema.server.ts. The message catalogue loads first:
  // some schema modules' imports build translated labels as they load.
  schema: ["./app/shell/messages.ts", "./app/**/schema.server.ts"],
  out: "./drizzle",
});
