import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { freePort } from "../../tests/support/free-port";
import { smtpSinkForTests } from "../../tests/support/smtp-sink";
import { failure, unique } from "../../tests/support/fixtures";
import { db } from "../kit/db/db.server";
import { outboxMessage } from "./schema.server";
import { deliverMail, mailDeliveryAttempts, queueMail, sendMail } from "./send-mail.server";

const sink = smtpSinkForTests();

const stored = async (id: string) => (await db().select().from(outboxMessage).where(eq(outboxMessage.id, id)))[0];
const deliveryJob = async (id: string) =>
  (
    await db().execute<{ task_identifier: string; attempts: number; max_attempts: number }>(
      sql`select task_identifier, attempts, max_attempts from graphile_worker.jobs where key = ${`mail.deliver:${id}`}`,
    )
  ).rows;
const firstTry = { attempt: 1, maxAttempts: mailDeliveryAttempts };

describe("queueMail", () => {
  it("stores the message and queues its delivery job, in the caller's transaction", async () => {
    const id = await sendMail({ to: `${unique()}@example.fi`, subject: "Jonoon", text: "Lähtee taustatyönä" });
    expect(await stored(id)).toMatchObject({ status: "queued", attempts: 0, sentAt: null, error: null });
    expect(await deliveryJob(id)).toEqual([{ task_identifier: "mail.deliver", attempts: 0, max_attempts: mailDeliveryAttempts }]);
  });

  it("leaves neither the message nor its job behind when the transaction rolls back", async () => {
    const to = `${unique()}@example.fi`;
    let id = "";
    await failure(
      db().transaction(async (tx) => {
        id = await queueMail(tx, { to, subject: "Perutaan", text: "Ei lähde" });
        throw new Error("the change fails");
      }),
    );
    expect(id).not.toBe("");
    expect(await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, to))).toEqual([]);
    expect(await deliveryJob(id)).toEqual([]);
  });
});

describe("deliverMail, the mail.deliver job", () => {
  it("keeps the message in the outbox, not sent and not retried, when no SMTP server is configured", async () => {
    delete process.env.SMTP_URL;
    const id = await sendMail({ to: `${unique()}@example.fi`, subject: "Outbox only", text: "Stays here" });
    expect(await deliverMail(id, firstTry)).toBe("no_smtp");
    expect(await stored(id)).toMatchObject({ status: "no_smtp", attempts: 0, sentAt: null, error: null });
  });

  it("never sends to the reserved .example addresses of the demo data, even with SMTP", async () => {
    process.env.SMTP_URL = sink.url;
    const to = `${unique()}@elo.example`;
    const id = await sendMail({ to, subject: "Demo", text: "Ei kenellekään" });
    expect(await deliverMail(id, firstTry)).toBe("example_address");
    expect(await stored(id)).toMatchObject({ status: "example_address", sentAt: null, error: null });
    expect(sink.mails.filter((m) => m.envelopeTo.includes(to))).toEqual([]);
  });

  it("delivers through SMTP with recipient, subject and body, records when it was sent, and never sends it twice", async () => {
    process.env.SMTP_URL = sink.url;
    const to = `${unique()}@example.fi`;
    const text = "Hei,\n\nlinkki: https://elo.example/fi/invitations/abc\n\nÄäkköset säilyvät.";
    const id = await sendMail({ to, subject: "Kutsu Eloon – tervetuloa", text });
    expect(await deliverMail(id, firstTry)).toBe("sent");
    const mail = sink.mails.find((m) => m.envelopeTo.includes(to));
    expect(mail?.subject).toBe("Kutsu Eloon – tervetuloa");
    expect(mail?.text).toBe(text);
    expect(mail?.headers.to).toBe(to);
    const row = await stored(id);
    expect(row).toMatchObject({ status: "sent", attempts: 1, error: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    // A second run of the job (its completion was lost, say) sends nothing.
    expect(await deliverMail(id, { attempt: 2, maxAttempts: mailDeliveryAttempts })).toBe("sent");
    expect(sink.mails.filter((m) => m.envelopeTo.includes(to))).toHaveLength(1);
  });

  it("records a failed try and throws, so that the runner tries again; after the last try the message is failed", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await freePort()}`;
    const id = await sendMail({ to: `${unique()}@example.fi`, subject: "Nobody listens", text: "Still stored" });
    expect(await failure(deliverMail(id, firstTry))).toBeInstanceOf(Error);
    const retrying = await stored(id);
    expect(retrying).toMatchObject({ status: "retrying", attempts: 1, body: "Still stored", sentAt: null });
    expect(retrying.error).toBeTruthy();
    expect(await failure(deliverMail(id, { attempt: mailDeliveryAttempts, maxAttempts: mailDeliveryAttempts }))).toBeInstanceOf(Error);
    expect(await stored(id)).toMatchObject({ status: "failed", attempts: mailDeliveryAttempts, sentAt: null });
  });
});
