import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anAccountUser, anOrganization } from "../../../tests/support/fixtures";
import { db } from "../../kit/db/db.server";
import { formatDate } from "../../kit/format";
import { translator } from "../../kit/i18n/catalogue";
import { notificationText } from "../../notifications/notification";
import { notification } from "../../notifications/schema.server";
import { todayInFinland } from "../../kit/dates/calendar";
import { acceptAgreement, publishAgreement } from "./agreement.server";
import { sendAgreementReminders } from "./agreement-reminders.server";

const day = 86_400_000;
const inDays = (days: number, from = new Date()) => new Date(from.getTime() + days * day);
const kindsOf = async (userId: string) =>
  (await db().select().from(notification).where(eq(notification.userId, userId)).orderBy(notification.createdAt)).map((n) => n.messageKey);

// Regions of their own, so that no other test's agreement versions take part.
async function aRegionNetwork(regionCode: string) {
  const waiting = await anOrganization({ regionCodes: [regionCode] });
  const accepting = await anOrganization({ regionCodes: [regionCode] });
  return {
    waiting,
    accepting,
    waitingContact: await anAccountUser({ role: "contact_person", organizationId: waiting.id }),
    acceptingContact: await anAccountUser({ role: "contact_person", organizationId: accepting.id }),
    coordinator: await anAccountUser({ role: "coordinator", regionCode }),
    elsewhere: await anAccountUser({ role: "coordinator", regionCode: "maakunta_19" }),
  };
}

describe("partnership agreement reminders", { timeout: 60_000 }, () => {
  it("notify the contact persons of a new version, then remind 60 and 14 days before the end and after 30 days without acceptance, each once", async () => {
    const region = "maakunta_02";
    const n = await aRegionNetwork(region);
    const expiresOn = todayInFinland(inDays(100));
    const published = await publishAgreement(n.coordinator, { regionCode: region, body: { fi: "# Sopimus\n\nRoolit." }, expiresOn });
    expect(await kindsOf(n.waitingContact.id)).toEqual(["agreement.mail.subject"]);
    await acceptAgreement(n.acceptingContact, n.accepting.id, published.id);

    expect(await sendAgreementReminders(inDays(10), { regionCodes: [region] })).toEqual([]);
    const at45 = await sendAgreementReminders(inDays(45), { regionCodes: [region] });
    expect(at45.map((s) => s.threshold)).toEqual(["expires60", "unaccepted30"]);
    // A second run on the same day, or the next day, sends nothing.
    expect(await sendAgreementReminders(inDays(45), { regionCodes: [region] })).toEqual([]);
    expect(await sendAgreementReminders(inDays(46), { regionCodes: [region] })).toEqual([]);
    expect((await sendAgreementReminders(inDays(90), { regionCodes: [region] })).map((s) => s.threshold)).toEqual(["expires14"]);
    expect(await sendAgreementReminders(inDays(91), { regionCodes: [region] })).toEqual([]);
    // After the end nothing more is due for this version.
    expect(await sendAgreementReminders(inDays(120), { regionCodes: [region] })).toEqual([]);

    expect(await kindsOf(n.waitingContact.id)).toEqual([
      "agreement.mail.subject",
      "notifications.message.agreementExpires",
      "notifications.message.agreementUnaccepted",
      "notifications.message.agreementExpires",
    ]);
    expect(await kindsOf(n.acceptingContact.id)).toEqual([
      "agreement.mail.subject",
      "notifications.message.agreementExpires",
      "notifications.message.agreementExpires",
    ]);
    expect(await kindsOf(n.coordinator.id)).toEqual([
      "notifications.message.agreementExpires",
      "notifications.message.agreementUnacceptedSummary",
      "notifications.message.agreementExpires",
    ]);
    expect(await kindsOf(n.elsewhere.id)).toEqual([]);
    const [unaccepted] = await db()
      .select()
      .from(notification)
      .where(and(eq(notification.messageKey, "notifications.message.agreementUnaccepted"), eq(notification.userId, n.waitingContact.id)));
    expect(unaccepted.values).toMatchObject({ version: published.version, organization: { fi: n.waiting.name } });
    // The end date reads as a date in the reader's language, not as 2026-12-31.
    const [expires] = await db()
      .select()
      .from(notification)
      .where(and(eq(notification.messageKey, "notifications.message.agreementExpires"), eq(notification.userId, n.coordinator.id)));
    for (const lang of ["fi", "sv", "en"] as const) {
      const text = notificationText(translator(lang), lang, expires.messageKey, expires.values);
      expect(text, lang).toContain(formatDate(expiresOn, lang));
      expect(text, lang).not.toContain(expiresOn);
    }
  });

  it("send only the most urgent reminder when the first run is already inside 14 days", async () => {
    const region = "maakunta_04";
    const n = await aRegionNetwork(region);
    await publishAgreement(n.coordinator, { regionCode: region, body: { fi: "Sopimus" }, expiresOn: todayInFinland(inDays(10)) });
    expect((await sendAgreementReminders(new Date(), { regionCodes: [region] })).map((s) => s.threshold)).toEqual(["expires14"]);
    expect(await sendAgreementReminders(inDays(1), { regionCodes: [region] })).toEqual([]);
    expect((await kindsOf(n.coordinator.id)).filter((k) => k === "notifications.message.agreementExpires")).toHaveLength(1);
  });
});
