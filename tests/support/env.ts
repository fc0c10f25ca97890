import { inject } from "vitest";

// Every test file talks to the run's own database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.ELO_APP_URL = inject("appUrl");
