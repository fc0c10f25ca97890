import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { notify } from "../../app/notifications/notify.server";
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
    expect(page).toContain(`Dokumentet ${title}, version 2, har lagts till i gruppen Lapplands grupp.`);
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
});
