import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { notify } from "../../app/notifications/notify.server";
import { resolveNotifications } from "../../app/notifications/resolve.server";
import { notification } from "../../app/notifications/schema.server";
import { anAccount, unique } from "../support/fixtures";
import { get, postForm, signIn } from "../support/http";

describe("notifications over HTTP", { timeout: 60_000 }, () => {
  it("show a user their own notifications in their language, and let only them mark one read", async () => {
    const owner = await anAccount({ role: "practitioner" });
    const other = await anAccount({ role: "admin" });
    const title = unique("Muistio ");
    await db().transaction((tx) =>
      notify(tx, [owner.id], {
        kind: "document.version",
        messageKey: "notifications.message.documentVersion",
        values: { title, version: 2, group: { fi: "Lapin ryhmä", sv: "Lapplands grupp" } },
        link: "/work/documents/x",
      }),
    );
    const [row] = await db().select().from(notification).where(eq(notification.userId, owner.id));
    const ownerCookie = await signIn(owner);
    const otherCookie = await signIn(other);

    const page = await (await get("/sv/work/notifications", ownerCookie)).text();
    expect(page).toContain(`Dokumentet ”${title}” (version 2) har lagts till. Grupp: Lapplands grupp.`);
    expect(page).toContain('href="/sv/work/documents/x"');
    expect(await (await get("/fi/work/notifications", otherCookie)).text()).not.toContain(title);
    const anonymous = await get("/fi/work/notifications");
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toMatch(/^\/fi\/sign-in/);

    // Someone else's notification does not exist for them; a bad id is a 404 in the user's language.
    const foreign = await postForm(
      "/fi/work/notifications",
      [
        ["intent", "read"],
        ["id", row.id],
      ],
      otherCookie,
    );
    expect(foreign.status).toBe(404);
    const bad = await postForm(
      "/en/work/notifications",
      [
        ["intent", "read"],
        ["id", "nonsense"],
      ],
      ownerCookie,
    );
    expect(bad.status).toBe(404);
    expect(await bad.text()).toContain("not found");
    expect(
      (
        await postForm("/fi/work/notifications", [
          ["intent", "read"],
          ["id", row.id],
        ])
      ).status,
    ).toBe(303);
    expect((await db().select().from(notification).where(eq(notification.id, row.id)))[0].readAt).toBeNull();

    const read = await postForm(
      "/fi/work/notifications",
      [
        ["intent", "read"],
        ["id", row.id],
      ],
      ownerCookie,
    );
    expect(read.status).toBe(303);
    expect(read.headers.get("location")).toBe("/fi/work/notifications?notice=read");
    expect((await db().select().from(notification).where(eq(notification.id, row.id)))[0].readAt).not.toBeNull();
  });

  it("show a notification whose cause was resolved as done, with the reason, and no longer count it unread", async () => {
    const owner = await anAccount({ role: "contact_person" });
    const title = unique("Sopimus ");
    const cause = unique("agreement-acceptance:test-");
    await db().transaction((tx) =>
      notify(tx, [owner.id], { kind: "agreement.published", messageKey: "agreement.mail.subject", values: { version: 4 }, link: "/work/agreement", cause }),
    );
    await db().transaction((tx) =>
      notify(tx, [owner.id], {
        kind: "document.version",
        messageKey: "notifications.message.documentVersion",
        values: { title, version: 1, group: { fi: "Ryhmä" } },
      }),
    );
    const cookie = await signIn(owner);
    expect(await (await get("/fi/work/notifications", cookie)).text()).toContain("Lukemattomia ilmoituksia: 2.");
    await db().transaction((tx) => resolveNotifications(tx, { cause, reason: "agreementAccepted" }));

    // React separates neighbouring texts with <!-- -->; the reader sees them as one.
    const text = async (path: string) => (await (await get(path, cookie)).text()).replaceAll("<!-- -->", "");
    const fi = await text("/fi/work/notifications");
    expect(fi).toContain("Lukemattomia ilmoituksia: 1.");
    expect(fi).toMatch(/<strong>Valmis: <\/strong>Sopimus hyväksytty \(/);
    expect(fi).toContain("notification--done");
    expect(await text("/sv/work/notifications")).toMatch(/<strong>Klart: <\/strong>Avtalet godkänt \(/);
  });
});
