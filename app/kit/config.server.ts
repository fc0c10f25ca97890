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
  /**
   * How many proxies in front of Elo append to X-Forwarded-For (decision 0177): the client address is
   * the one that many hops from the right, so a client cannot choose its own. 0 (the default) takes
   * the socket's address. The old TRUST_PROXY=true trusted every hop and is refused.
   */
  get trustProxyHops() {
    return trustProxyHops(process.env);
  },
  /** Rate limits on sign-in and public forms; ELO_RATE_LIMIT=false turns them off (the general test server). */
  get rateLimits() {
    return process.env.ELO_RATE_LIMIT !== "false";
  },
  /**
   * How long a shared cache (a CDN, a reverse proxy) may serve an anonymous public page as fresh,
   * in seconds (decision 0187): ELO_SHARED_CACHE_SECONDS, 60 by default; 0 keeps pages out of shared caches.
   */
  get sharedCacheSeconds() {
    return wholeSeconds(process.env.ELO_SHARED_CACHE_SECONDS, 60);
  },
  /** How long after that a shared cache may still serve the page while it fetches a new one: ELO_STALE_WHILE_REVALIDATE_SECONDS, 600 by default. */
  get staleWhileRevalidateSeconds() {
    return wholeSeconds(process.env.ELO_STALE_WHILE_REVALIDATE_SECONDS, 600);
  },
  /** Schedule the daily reminders (agreement expiry and acceptance, missing minutes); ELO_REMINDERS=false turns them off. */
  get runReminders() {
    return process.env.ELO_REMINDERS !== "false";
  },
  /** Each group's room for documents, in megabytes (1,000,000 bytes): ELO_GROUP_STORAGE_QUOTA_MB, 1024 by default. */
  get groupStorageQuotaBytes() {
    return positiveNumber(process.env.ELO_GROUP_STORAGE_QUOTA_MB, 1024) * 1_000_000;
  },
  /** Days a deleted document's files are kept before their bytes are purged: ELO_DELETED_DOCUMENT_DAYS, 30 by default. */
  get deletedDocumentDays() {
    return positiveNumber(process.env.ELO_DELETED_DOCUMENT_DAYS, 30);
  },
  /**
   * Months after a contact request or a referral closes before the person's details in it are
   * deleted by the daily job (decision 0199): ELO_CONTACT_RETENTION_MONTHS, 6 by default.
   */
  get contactRetentionMonths() {
    return positiveNumber(process.env.ELO_CONTACT_RETENTION_MONTHS, 6);
  },
  /** Days after a chat ends before its transcript is deleted by the daily job (decision 0206): ELO_CHAT_RETENTION_DAYS, 30 by default. */
  get chatRetentionDays() {
    return positiveNumber(process.env.ELO_CHAT_RETENTION_DAYS, 30);
  },
  /**
   * Admins and coordinators must set up two-factor authentication before using the work pages
   * (decision 0178); ELO_REQUIRE_TWO_FACTOR=false turns the requirement off (the test server does).
   */
  get requireTwoFactor() {
    return process.env.ELO_REQUIRE_TWO_FACTOR !== "false";
  },
};

/** TRUST_PROXY_HOPS as a number of hops; throws with what to set instead on a bad or retired setting. */
export function trustProxyHops(env: Record<string, string | undefined>): number {
  if (env.TRUST_PROXY !== undefined && env.TRUST_PROXY !== "false") {
    throw new Error(
      `TRUST_PROXY=${env.TRUST_PROXY} is no longer read: it let any client pick its own address. Set TRUST_PROXY_HOPS to the number of proxies in front of Elo (usually 1) and remove TRUST_PROXY.`,
    );
  }
  const value = env.TRUST_PROXY_HOPS ?? "0";
  if (!/^\d{1,2}$/.test(value)) throw new Error(`TRUST_PROXY_HOPS must be a whole number of proxies (0 when none), not "${value}"`);
  return Number(value);
}

/** A setting that must be a positive number; anything else is a mistake worth stopping for. */
function positiveNumber(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`Expected a positive number, got "${value}"`);
  return number;
}

/** A setting of whole seconds, 0 included; anything else is a mistake worth stopping for. */
function wholeSeconds(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  if (!/^\d{1,9}$/.test(value)) throw new Error(`Expected a whole number of seconds, got "${value}"`);
  return Number(value);
}
