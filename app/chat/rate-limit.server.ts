import { defineRateLimit } from "~/kit/rate-limit/rate-limit.server";

/** Chats started from one address (decision 0177): a family may start a few; nobody fills the queue. */
export const chatStarts = defineRateLimit("chat-start", { address: { points: 6, windowSeconds: 60 * 60 } });

/** Messages from one address: fast typing is fine, a flood is not. */
export const chatMessages = defineRateLimit("chat-message", { address: { points: 60, windowSeconds: 60 } });
