import { defineRateLimit } from "~/kit/rate-limit/rate-limit.server";

/** Contact requests from one address (decision 0177): a family at one connection may send a few; a spammer cannot fill the queues. */
export const contactRequestPosts = defineRateLimit("contact-request", { address: { points: 10, windowSeconds: 60 * 60 } });

/** Posts to follow-up links (withdrawals) from one address. */
export const followUpPosts = defineRateLimit("contact-request-follow-up", { address: { points: 20, windowSeconds: 15 * 60 } });
