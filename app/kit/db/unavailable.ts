/** How long a visitor is told to wait (Retry-After) while the database cannot be reached. */
export const retryAfterSeconds = 30;

/**
 * Whether an error means the database cannot be reached right now, rather than that a query was
 * wrong: the server refuses or drops connections (stopped, restarting, failing over), or the pool
 * gave up waiting for one. Drizzle and better-auth wrap the driver's error, so causes are followed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && typeof current === "object" && depth < 8; depth++) {
    const { code, message, errors, cause } = current as { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
    if (typeof code === "string" && (unavailableCodes.has(code) || code.startsWith("08"))) return true;
    if (typeof message === "string" && unavailableMessages.some((text) => message.includes(text))) return true;
    // A refused connection to "localhost" fails once per address (IPv4, IPv6).
    if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true;
    current = cause;
  }
  return false;
}

/** Node's socket errors, and PostgreSQL's admin_shutdown, crash_shutdown and cannot_connect_now (08xxx: connection exceptions). */
const unavailableCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EPIPE", "57P01", "57P02", "57P03"]);

/** What node-postgres says without a code when the server goes away or the pool waits too long. */
const unavailableMessages = [
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "timeout exceeded when trying to connect",
  "terminating connection due to administrator command",
  "the database system is shutting down",
  "the database system is starting up",
  "Client has encountered a connection error and is not queryable",
];
