import { eq } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { z } from "zod";
import { defineTask, enqueueJob, type TaskContext } from "~/jobs/public.server";
import { config } from "../kit/config.server";
import { db, type Database, type Transaction } from "../kit/db/db.server";
import { outboxMessage, type MailAttachment, type OutboxStatus } from "./schema.server";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

const globalForMail = globalThis as unknown as { eloMailTransport?: { url: string; transport: Transporter } };

function transport(url: string): Transporter {
  if (!globalForMail.eloMailTransport || globalForMail.eloMailTransport.url !== url) {
    // Short timeouts: a slow mail server holds a job, and a hung try is better failed and retried.
    const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    globalForMail.eloMailTransport = { url, transport };
  }
  return globalForMail.eloMailTransport.transport;
}

/**
 * Nine tries over about 80 minutes: the runner waits e^n seconds after the n-th failure
 * (3 s, 7 s, 20 s, 55 s, 2.5 min, 7 min, 18 min, 50 min); then the message is `failed` and an
 * admin can retry it from the jobs page.
 */
export const mailDeliveryAttempts = 9;

/** The reserved example domain (RFC 2606) of the demo data: nothing there can receive mail. */
export const isExampleAddress = (address: string) => /\.example$/i.test(address.trim().split("@").pop() ?? "");

/**
 * Sends one stored message, as the `mail.deliver` job. A message sent before is not sent again;
 * without SMTP settings, or to an example address, it stays in the outbox unsent and is not retried.
 * A failed try records its error and throws, so the runner tries again later; after the last try
 * the message is `failed`.
 */
export async function deliverMail(id: string, context: Pick<TaskContext, "attempt" | "maxAttempts">): Promise<OutboxStatus> {
  const [message] = await db().select().from(outboxMessage).where(eq(outboxMessage.id, id));
  // Deleted since (nothing to do), or sent by an earlier try whose completion was not recorded.
  if (!message || message.status === "sent") return message?.status ?? "sent";
  const settle = async (status: OutboxStatus, changes: Partial<typeof outboxMessage.$inferInsert> = {}) => {
    await db()
      .update(outboxMessage)
      .set({ status, ...changes })
      .where(eq(outboxMessage.id, id));
    return status;
  };
  if (isExampleAddress(message.recipient)) return settle("example_address");
  const smtpUrl = config.smtpUrl;
  if (!smtpUrl) return settle("no_smtp");
  try {
    await transport(smtpUrl).sendMail({
      from: config.mailFrom,
      to: message.recipient,
      subject: message.subject,
      text: message.body,
      attachments: message.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    });
  } catch (error) {
    const text = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    await settle(context.attempt >= context.maxAttempts ? "failed" : "retrying", { attempts: context.attempt, error: text });
    throw error;
  }
  return settle("sent", { attempts: context.attempt, sentAt: new Date(), error: null });
}

export const deliverMailTask = defineTask("mail.deliver", {
  maxAttempts: mailDeliveryAttempts,
  parse: (payload) => z.object({ id: z.uuid() }).parse(payload),
  run: async ({ id }, context) => {
    await deliverMail(id, context);
  },
});

/**
 * Stores a message in the outbox and queues its delivery job, both in the caller's transaction, so
 * that the message exists and goes out exactly when the change that caused it commits. A job
 * runner sends it after the commit (see deliverMail); the outbox row is the record of it.
 */
export async function queueMail(executor: Database | Transaction, message: MailMessage): Promise<string> {
  const [row] = await executor
    .insert(outboxMessage)
    .values({ recipient: message.to, subject: message.subject, body: message.text, attachments: message.attachments ?? [] })
    .returning({ id: outboxMessage.id });
  await enqueueJob(executor, deliverMailTask, { id: row.id }, { key: `mail.deliver:${row.id}` });
  return row.id;
}

/** Queues a message on its own (no other change to go with it). */
export async function sendMail(message: MailMessage): Promise<string> {
  return db().transaction((tx) => queueMail(tx, message));
}
