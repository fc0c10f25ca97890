import { defineRateLimit } from "~/kit/rate-limit/rate-limit.server";

/** The accounts feature's limits; the numbers and why are in decision 0177. */
const fifteenMinutes = 15 * 60;

/** Every sign-in attempt from one address, whichever accounts it tries. */
export const signInAttempts = defineRateLimit("sign-in", { address: { points: 30, windowSeconds: fifteenMinutes } });

/** Failed sign-ins to one account, from any address; a successful one does not count. */
export const signInFailures = defineRateLimit("sign-in-failure", { account: { points: 10, windowSeconds: fifteenMinutes } });

/** Posts to one invitation link (its token) and from one address: setting the password, accepting. */
export const invitationAttempts = defineRateLimit("invitation", {
  account: { points: 10, windowSeconds: fifteenMinutes },
  address: { points: 20, windowSeconds: fifteenMinutes },
});

/** Every request to better-auth's own HTTP API from one address, open or closed endpoint alike. */
export const authApiRequests = defineRateLimit("auth-api", { address: { points: 30, windowSeconds: fifteenMinutes } });

/** Password reset requests: per address, and per account so that nobody floods one inbox. */
export const passwordResetRequests = defineRateLimit("password-reset", {
  account: { points: 5, windowSeconds: 60 * 60 },
  address: { points: 20, windowSeconds: 60 * 60 },
});
