/**
 * What other features may use of mail on the server: they import it from here, never from
 * mail's internal modules (the layering test enforces it).
 */
export { queueMail } from "./send-mail.server";
export type { MailMessage } from "./send-mail.server";
import { deliverMailTask } from "./send-mail.server";

/** Mail's background work, installed by the shell: delivering each queued message. */
export const mailTasks = [deliverMailTask] as const;
