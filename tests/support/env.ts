import { inject } from "vitest";

// Every test file talks to the run's own database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.ELO_APP_URL = inject("appUrl");
// Tests that sign in within the test process; never a secret of a real installation.
process.env.AUTH_SECRET ??= "elo-test-secret-0123456789abcdef0123456789abcdef";
