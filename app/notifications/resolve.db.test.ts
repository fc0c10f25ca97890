import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anAccountUser, anOrganization, unique } from "../../tests/support/fixtures";
import { acceptAgreement, publishAgreement } from "../governance/commands/agreement.server";
import { db } from "../kit/db/db.server";
import { notificationCause } from "./notification";
import { notify } from "./notify.server";
import { notificationsOf, unreadCount } from "./queries.server";
import { resolveNotifications } from "./resolve.server";
import { notification } from "./schema.server";

const aNotice = (cause: string) => ({
  kind: "document.version",
  messageKey: "notifications.message.documentVersion" as const,
  values: { title: "Muistio", version: 1, group: { fi: "Lapin ELO-ryhmä" } },
  cause,
});

describe("notifications marked done", () => {
  it("when their cause is resolved: only the named recipients' and only once, counted as read, with the first reason", async () => {
    const a = await anAccountUser({ role: "coordinator", regionCode: "maakunta_19" });
    const b = await anAccountUser({ role: "coordinator", regionCode: "maakunta_19" });
    const cause = notificationCause("test", unique());
    await db().transaction((tx) => notify(tx, [a.id, b.id], aNotice(cause), { email: false }));
    await db().transaction((tx) => notify(tx, [a.id], aNotice(notificationCause("test", unique())), { email: false }));
    expect(await db().transaction((tx) => resolveNotifications(tx, { cause, reason: "actionDone", recipients: [a.id] }))).toBe(1);
    expect(await db().transaction((tx) => resolveNotifications(tx, { cause, reason: "actionDone", recipients: [] }))).toBe(0);
    const [other, done] = await notificationsOf(a.id);
    expect(done).toMatchObject({ doneReason: "actionDone" });
    expect(done.readAt).not.toBeNull();
    expect(other).toMatchObject({ doneAt: null, readAt: null });
    expect(await unreadCount(a.id)).toBe(1);
    expect((await notificationsOf(b.id))[0].doneAt).toBeNull();

    expect(await db().transaction((tx) => resolveNotifications(tx, { cause, reason: "meetingCancelled" }))).toBe(1);
    expect((await notificationsOf(b.id))[0].doneReason).toBe("meetingCancelled");
    expect((await notificationsOf(a.id))[1].doneReason).toBe("actionDone");
  });

  it("the request to accept the agreement is done for the organisation that accepted it, and a new version makes the old requests moot", async () => {
    // A region of its own, so that no other test's agreement versions take part.
    const region = "maakunta_09";
    const accepting = await anOrganization({ regionCodes: [region] });
    const waiting = await anOrganization({ regionCodes: [region] });
    const acceptingContact = await anAccountUser({ role: "contact_person", organizationId: accepting.id });
    const waitingContact = await anAccountUser({ role: "contact_person", organizationId: waiting.id });
    const coordinator = await anAccountUser({ role: "coordinator", regionCode: region });
    const published = await publishAgreement(coordinator, { regionCode: region, body: { fi: "Sopimus" } });
    await acceptAgreement(acceptingContact, accepting.id, published.id);

    const [accepted] = await notificationsOf(acceptingContact.id);
    expect(accepted).toMatchObject({ kind: "agreement.published", doneReason: "agreementAccepted" });
    expect(await unreadCount(acceptingContact.id)).toBe(0);
    const [open] = await notificationsOf(waitingContact.id);
    expect(open).toMatchObject({ kind: "agreement.published", doneAt: null, readAt: null });

    await publishAgreement(coordinator, { regionCode: region, body: { fi: "Sopimus, versio 2" } });
    const [renewed, moot] = await notificationsOf(waitingContact.id);
    expect(renewed).toMatchObject({ doneAt: null });
    expect(moot).toMatchObject({ doneReason: "agreementRenewed" });
    const [row] = await db().select().from(notification).where(eq(notification.id, accepted.id));
    expect(row.doneReason).toBe("agreementAccepted");
  });
});
