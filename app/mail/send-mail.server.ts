import { eq } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { config } from "../kit/config.server";
import { db, type Database } from "../kit/db/db.server";
import { outboxMessage, type MailAttachment } from "./schema.server";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

export interface Delivery {
  id: string;
  sent: boolean;
  error: string | null;
}

const globalForMail = globalThis as unknown as { eloMailTransport?: { url: string; transport: Transporter } };

function transport(url: string): Transporter {
  if (!globalForMail.eloMailTransport || globalForMail.eloMailTransport.url !== url) {
    // Short timeouts: a slow mail server must not hold a user's request for minutes.
    const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    globalForMail.eloMailTransport = { url, transport };
  }
  return globalForMail.eloMailTransport.transport;
}

/**
 * Stores a message in the outbox, in the caller's transaction, so that the message exists exactly
 * when the change that caused it does. Deliver it with `deliverMail` after the transaction commits.
 */
export async function queueMail(executor: Database | Transaction, message: MailMessage): Promise<string> {
  const [row] = await executor
    .insert(outboxMessage)
    .values({ recipient: message.to, subject: message.subject, body: message.text, attachments: message.attachments ?? [] })
    .returning({ id: outboxMessage.id });
  return row.id;
}

/**
 * Sends a stored message when SMTP_URL is set and records the outcome. Never throws: a failed send
 * leaves the message in the outbox with its error, where an admin can read it.
 */
export async function deliverMail(id: string): Promise<Delivery> {
  const smtpUrl = config.smtpUrl;
  if (!smtpUrl) return { id, sent: false, error: null };
  const [message] = await db().select().from(outboxMessage).where(eq(outboxMessage.id, id));
  if (!message) return { id, sent: false, error: "message not found" };
  try {
    await transport(smtpUrl).sendMail({
      from: config.mailFrom,
      to: message.recipient,
      subject: message.subject,
      text: message.body,
      attachments: message.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    });
    await db().update(outboxMessage).set({ sentAt: new Date(), error: null }).where(eq(outboxMessage.id, id));
    return { id, sent: true, error: null };
  } catch (error) {
    const text = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    try {
      await db().update(outboxMessage).set({ error: text }).where(eq(outboxMessage.id, id));
    } catch {
      // the message is stored already; losing the error note is better than failing the request
    }
    return { id, sent: false, error: text };
  }
}

/** Stores the message in the outbox and sends it when SMTP is configured. */
export async function sendMail(message: MailMessage): Promise<Delivery> {
  return deliverMail(await queueMail(db(), message));
}
