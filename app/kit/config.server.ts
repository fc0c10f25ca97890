/** Settings read from the environment; documented in the README. */
export const config = {
  get port() {
    return Number(process.env.PORT ?? 3000);
  },
  get host() {
    return process.env.HOST ?? "0.0.0.0";
  },
  /** Public address of the site, used in e-mails and absolute links. */
  get publicUrl() {
    return (process.env.PUBLIC_URL ?? `http://localhost:${this.port}`).replace(/\/$/, "");
  },
  get databaseUrl() {
    return process.env.DATABASE_URL;
  },
  get dataDir() {
    return process.env.ELO_DATA_DIR ?? "./data";
  },
  get embeddedDatabasePort() {
    return Number(process.env.EMBEDDED_DB_PORT ?? 5439);
  },
  get smtpUrl() {
    return process.env.SMTP_URL;
  },
  get mailFrom() {
    return process.env.MAIL_FROM ?? "Elo <elo@localhost>";
  },
  /** Set by the deployment, or made and kept in the data directory at start (server/serve.ts); never a constant. */
  get authSecret() {
    const secret = process.env.AUTH_SECRET;
    if (!secret) throw new Error("AUTH_SECRET is not set.");
    return secret;
  },
  get loadDemoData() {
    return process.env.ELO_DEMO_DATA !== "false";
  },
  /**
   * Run the background job runner in this process (mail delivery, scheduled jobs); ELO_JOBS=false
   * leaves the jobs queued for another instance's runner (the test server turns it off).
   */
  get runJobs() {
    return process.env.ELO_JOBS !== "false";
  },
  /** Schedule the daily reminders (agreement expiry and acceptance, missing minutes); ELO_REMINDERS=false turns them off. */
  get runReminders() {
    return process.env.ELO_REMINDERS !== "false";
  },
  /**
   * Admins and coordinators must set up two-factor authentication before using the work pages
   * (decision 0178); ELO_REQUIRE_TWO_FACTOR=false turns the requirement off (the test server does).
   */
  get requireTwoFactor() {
    return process.env.ELO_REQUIRE_TWO_FACTOR !== "false";
  },
};
