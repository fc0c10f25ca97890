import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { smtpSinkForTests } from "../../tests/support/smtp-sink";
import { unique } from "../../tests/support/fixtures";
import { db } from "../kit/db/db.server";
import { outboxMessage } from "./schema.server";
import { deliverMail, sendMail } from "./send-mail.server";

const sink = smtpSinkForTests();

const calendar =
  "BEGIN:VCALENDAR\r\nPRODID:-//Elo//Test//FI\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:liite@elo\r\nSEQUENCE:3\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260312T110000Z\r\nSUMMARY:Kokous – äöå\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

describe("mail attachments", () => {
  it("are kept in the outbox and sent over SMTP as their own MIME part", async () => {
    process.env.SMTP_URL = sink.url;
    const to = `${unique()}@example.fi`;
    const id = await sendMail({
      to,
      subject: "Kokouskutsu",
      text: "Liitteenä kalenterimerkintä.",
      attachments: [{ filename: "kutsu.ics", contentType: "text/calendar; method=REQUEST; charset=utf-8", content: calendar }],
    });
    expect(await deliverMail(id, { attempt: 1, maxAttempts: 1 })).toBe("sent");
    const [row] = await db().select().from(outboxMessage).where(eq(outboxMessage.id, id));
    expect(row.attachments).toEqual([{ filename: "kutsu.ics", contentType: "text/calendar; method=REQUEST; charset=utf-8", content: calendar }]);
    const mail = sink.mails.find((m) => m.envelopeTo.includes(to))!;
    expect(mail.headers["content-type"]).toMatch(/^multipart\/mixed/);
    const part = mail.text.split(/\n--/).find((p) => /content-type: text\/calendar; method=REQUEST/i.test(p))!;
    expect(part).toBeTruthy();
    expect(part).toMatch(/filename=kutsu\.ics/);
    const [head, ...rest] = part.split(/\n\n/);
    const body = rest.join("\n\n").trim();
    const decoded = /content-transfer-encoding: base64/i.test(head) ? Buffer.from(body.replace(/\s/g, ""), "base64").toString("utf8") : body;
    const event = new ICAL.Component(ICAL.parse(decoded)).getFirstSubcomponent("vevent")!;
    expect([event.getFirstPropertyValue("uid"), event.getFirstPropertyValue("sequence"), event.getFirstPropertyValue("summary")]).toEqual([
      "liite@elo",
      3,
      "Kokous – äöå",
    ]);
  });
});
