import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { freePort } from "../../tests/support/free-port";
import { smtpSinkForTests } from "../../tests/support/smtp-sink";
import { unique } from "../../tests/support/fixtures";
import { db } from "../kit/db/db.server";
import { outboxMessage } from "./schema.server";
import { sendMail } from "./send-mail.server";

const sink = smtpSinkForTests();

const stored = async (id: string) => (await db().select().from(outboxMessage).where(eq(outboxMessage.id, id)))[0];

describe("sendMail", () => {
  it("keeps the message in the outbox, unsent, when no SMTP server is configured", async () => {
    delete process.env.SMTP_URL;
    const to = `${unique()}@example.fi`;
    const delivery = await sendMail({ to, subject: "Outbox only", text: "Stays here" });
    expect(delivery.sent).toBe(false);
    const row = await stored(delivery.id);
    expect(row).toMatchObject({ recipient: to, subject: "Outbox only", body: "Stays here", sentAt: null, error: null });
  });

  it("delivers through SMTP with recipient, subject and body, and records when it was sent", async () => {
    process.env.SMTP_URL = sink.url;
    const to = `${unique()}@example.fi`;
    const text = "Hei,\n\nlinkki: https://elo.example/fi/invitations/abc\n\nÄäkköset säilyvät.";
    const delivery = await sendMail({ to, subject: "Kutsu Eloon – tervetuloa", text });
    expect(delivery).toMatchObject({ sent: true, error: null });
    const mail = sink.mails.find((m) => m.envelopeTo.includes(to));
    expect(mail?.subject).toBe("Kutsu Eloon – tervetuloa");
    expect(mail?.text).toBe(text);
    expect(mail?.headers.to).toBe(to);
    const row = await stored(delivery.id);
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.error).toBeNull();
  });

  it("keeps the message with the error when the SMTP server cannot be reached", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await freePort()}`;
    const to = `${unique()}@example.fi`;
    const delivery = await sendMail({ to, subject: "Nobody listens", text: "Still stored" });
    expect(delivery.sent).toBe(false);
    expect(delivery.error).toBeTruthy();
    const row = await stored(delivery.id);
    expect(row).toMatchObject({ recipient: to, body: "Still stored", sentAt: null });
    expect(row.error).toBeTruthy();
  });
});
