/**
 * What other features may use of mail on the server: they import it from here, never from
 * mail's internal modules (the layering test enforces it).
 */
export { deliverMail, queueMail } from "./send-mail.server";
export type { Delivery } from "./send-mail.server";
