import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anAccountUser, unique } from "../../tests/support/fixtures";
import { auditEvent } from "../audit/schema.server";
import { db } from "../kit/db/db.server";
import { outboxMessage } from "../mail/schema.server";
import { markAllRead, markRead } from "./commands/mark-read.server";
import { notify } from "./notify.server";
import { notificationsOf, unreadCount } from "./queries.server";
import { notification } from "./schema.server";

const aNotice = (title: string) => ({
  kind: "document.version",
  messageKey: "notifications.message.documentVersion" as const,
  values: { title, version: 3, group: { fi: "Lapin ELO-ryhmä", sv: "Lapplands ELO-grupp" } },
  link: "/work/documents/x",
});

describe("notifications", () => {
  it("are written with their e-mail copy inside the caller's transaction, and vanish with it", async () => {
    const a = await anAccountUser({ role: "coordinator", regionCode: "maakunta_19" });
    const b = await anAccountUser({ role: "coordinator", regionCode: "maakunta_19" });
    const title = unique("Muistio ");
    const result = await db().transaction((tx) => notify(tx, [a.id, b.id, a.id, "no-such-user"], aNotice(title)));
    expect(result.mailIds).toHaveLength(2);
    expect(await unreadCount(a.id)).toBe(1);
    const [mail] = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, a.email));
    expect(mail.subject).toBe(`Asiakirja ”${title}” (versio 3) on lisätty. Ryhmä: Lapin ELO-ryhmä.`);
    expect(mail.body).toContain("/fi/work/documents/x");

    const rolledBack = unique("Peruttu ");
    await db()
      .transaction(async (tx) => {
        await notify(tx, [a.id], aNotice(rolledBack));
        throw new Error("the command failed after notifying");
      })
      .catch(() => undefined);
    expect((await notificationsOf(a.id)).map((n) => n.values.title)).toEqual([title]);
    expect(
      await db()
        .select()
        .from(outboxMessage)
        .where(eq(outboxMessage.subject, `Asiakirja ”${rolledBack}” (versio 3) on lisätty. Ryhmä: Lapin ELO-ryhmä.`)),
    ).toHaveLength(0);
    expect((await db().transaction((tx) => notify(tx, [], aNotice(title)))).mailIds).toEqual([]);
  });

  it("can be shown in the UI only, without an e-mail copy, when the command e-mails the event itself", async () => {
    const a = await anAccountUser({ role: "coordinator", regionCode: "maakunta_19" });
    const title = unique("Vain näkymään ");
    const result = await db().transaction((tx) => notify(tx, [a.id], aNotice(title), { email: false }));
    expect(result.mailIds).toEqual([]);
    expect((await notificationsOf(a.id)).map((n) => n.values.title)).toEqual([title]);
    expect(await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, a.email))).toHaveLength(0);
  });

  it("are marked read by their recipient only, in the audit trail", async () => {
    const owner = await anAccountUser({ role: "practitioner" });
    const other = await anAccountUser({ role: "admin" });
    await db().transaction((tx) => notify(tx, [owner.id], aNotice("Yksi")));
    await db().transaction((tx) => notify(tx, [owner.id], aNotice("Kaksi")));
    const [first, second] = await notificationsOf(owner.id);
    await expect(markRead(other, first.id)).rejects.toThrow(/Not found/);
    expect(await unreadCount(owner.id)).toBe(2);
    await markRead(owner, first.id);
    await markRead(owner, first.id);
    expect(await unreadCount(owner.id)).toBe(1);
    expect((await db().select().from(auditEvent).where(eq(auditEvent.entityId, first.id))).map((e) => e.action)).toEqual(["read"]);
    expect(await markAllRead(other)).toBe(0);
    expect(await unreadCount(owner.id)).toBe(1);
    expect(await markAllRead(owner)).toBe(1);
    const [row] = await db().select().from(notification).where(eq(notification.id, second.id));
    expect(row.readAt).not.toBeNull();
  });
});
