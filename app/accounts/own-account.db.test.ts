import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anAccountUser } from "../../tests/support/fixtures";
import { auditEvent } from "../audit/schema.server";
import { db } from "../kit/db/db.server";
import { InvalidInput } from "../kit/validation/errors";
import { auth } from "./auth.server";
import { changeOwnName, changeOwnPassword } from "./commands/own-account.server";
import { endOwnSessions } from "./commands/sessions.server";
import { listOwnSessions } from "./queries/sessions.server";
import { session, user } from "./schema.server";
import { readSignedIn } from "./session-user.server";

const newPassword = "poro juoksee tunturin yli iltaisin";

/** Signs in through better-auth as a browser at `address` would, and returns the request it would send next. */
async function signIn(email: string, password: string, address = "192.0.2.10") {
  const response = await auth().api.signInEmail({
    body: { email, password },
    headers: new Headers({ "x-elo-client-ip": address, "user-agent": "Testiselain/1.0" }),
    asResponse: true,
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { ok: response.ok, request: () => new Request("http://localhost/fi/work", { headers: { cookie } }) };
}

const eventsOf = (userId: string) =>
  db()
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.entityType, "user"), eq(auditEvent.entityId, userId)))
    .orderBy(asc(auditEvent.id));

describe("changing one's own name", () => {
  it("saves a valid name, audits it, and earlier events keep the name the actor had then", async () => {
    const me = await anAccountUser({ role: "coordinator", regionCode: "maakunta_18" });
    const before = (await db().select({ name: user.name }).from(user).where(eq(user.id, me.id)))[0].name;
    const signedIn = await signIn(me.email, me.password);
    const { sessionId } = (await readSignedIn(signedIn.request()))!;
    await endOwnSessions({ ...me, name: before }, sessionId, "192.0.2.10");

    await changeOwnName({ ...me, name: before }, { name: "  Åsa  Öberg-Jääskeläinen " }, "192.0.2.10");
    const renamed = (await readSignedIn(signedIn.request()))!.user;
    expect(renamed.name).toBe("Åsa Öberg-Jääskeläinen");
    await endOwnSessions(renamed, sessionId, "192.0.2.11");

    const events = await eventsOf(me.id);
    const revokes = events.filter((e) => e.action === "sessions_revoke_others");
    // The same account, under the name it had at the time.
    expect(revokes.map((e) => [e.actorUserId, e.actorLabel])).toEqual([
      [me.id, before],
      [me.id, "Åsa Öberg-Jääskeläinen"],
    ]);
    const rename = events.find((e) => e.action === "update")!;
    expect(rename.actorLabel).toBe(before);
    expect(rename.changes).toMatchObject({ name: { old: before, new: "Åsa Öberg-Jääskeläinen" }, address: { new: "192.0.2.10" } });
  });

  it("refuses a name posing as a role, or two million characters, and changes nothing", async () => {
    const me = await anAccountUser({ role: "practitioner" });
    const [{ name: before }] = await db().select({ name: user.name }).from(user).where(eq(user.id, me.id));
    for (const [name, key] of [
      ["Kainuun koordinaattori (ylläpito)", "name.characters"],
      ["x".repeat(2_000_000), "validation.tooLong"],
    ]) {
      const error = await changeOwnName(me, { name }, null).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInput);
      expect((error as InvalidInput).issues[0]).toMatchObject({ path: "name", key });
    }
    expect((await db().select({ name: user.name }).from(user).where(eq(user.id, me.id)))[0].name).toBe(before);
    expect((await eventsOf(me.id)).filter((e) => e.action === "update")).toHaveLength(0);
  });

  it("better-auth's own update-user refuses, so it cannot bypass the rules", async () => {
    const me = await anAccountUser({ role: "practitioner" });
    const { request } = await signIn(me.email, me.password);
    await expect(auth().api.updateUser({ body: { name: "Kainuun koordinaattori (ylläpito)" }, headers: request().headers })).rejects.toMatchObject({
      status: "FORBIDDEN",
    });
    await expect(
      auth().api.changePassword({ body: { currentPassword: me.password, newPassword: "aaaaaaaaaaaa" }, headers: request().headers }),
    ).rejects.toMatchObject({
      status: "FORBIDDEN",
    });
  });
});

describe("changing one's own password", () => {
  it("needs the current password and a strong new one; then ends the other sessions and is audited", async () => {
    const me = await anAccountUser({ role: "admin" });
    const here = await signIn(me.email, me.password, "192.0.2.20");
    const elsewhere = await signIn(me.email, me.password, "198.51.100.7");
    const { sessionId } = (await readSignedIn(here.request()))!;

    const wrong = await changeOwnPassword(me, { currentPassword: "not my password", newPassword }, sessionId, null).catch((e: unknown) => e);
    expect((wrong as InvalidInput).issues).toEqual([{ path: "currentPassword", key: "account.wrongPassword" }]);
    const weak = await changeOwnPassword(me, { currentPassword: me.password, newPassword: "salasana1234" }, sessionId, null).catch((e: unknown) => e);
    expect((weak as InvalidInput).issues[0]).toMatchObject({ path: "newPassword", key: "password.weak.common" });
    expect((await signIn(me.email, me.password)).ok).toBe(true);

    await changeOwnPassword(me, { currentPassword: me.password, newPassword }, sessionId, "192.0.2.20");
    expect((await signIn(me.email, me.password)).ok).toBe(false);
    expect((await signIn(me.email, newPassword)).ok).toBe(true);
    expect(await readSignedIn(here.request())).not.toBeNull();
    expect(await readSignedIn(elsewhere.request())).toBeNull();
    const [event] = (await eventsOf(me.id)).filter((e) => e.action === "password_change");
    expect(event).toMatchObject({ actorUserId: me.id, changes: { address: { new: "192.0.2.20" } } });
  });
});

describe("sessions", () => {
  it("refuses a session idle for 30 minutes, and deletes it", async () => {
    const me = await anAccountUser({ role: "practitioner" });
    const { request } = await signIn(me.email, me.password);
    const { sessionId } = (await readSignedIn(request()))!;
    const later = new Date(Date.now() + 31 * 60 * 1000);
    expect(await readSignedIn(request(), later)).toBeNull();
    expect(await db().select().from(session).where(eq(session.id, sessionId))).toHaveLength(0);
  });

  it("keeps a session in use alive by moving its last activity on", async () => {
    const me = await anAccountUser({ role: "practitioner" });
    const { request } = await signIn(me.email, me.password);
    const { sessionId } = (await readSignedIn(request()))!;
    // Used 20 minutes later and again 20 minutes after that: never 30 minutes idle.
    const first = new Date(Date.now() + 20 * 60 * 1000);
    expect(await readSignedIn(request(), first)).not.toBeNull();
    await db().update(session).set({ updatedAt: first }).where(eq(session.id, sessionId));
    expect(await readSignedIn(request(), new Date(first.getTime() + 20 * 60 * 1000))).not.toBeNull();
  });

  it("refuses a session 12 hours after signing in even if it was used a minute ago", async () => {
    const me = await anAccountUser({ role: "practitioner" });
    const { request } = await signIn(me.email, me.password);
    const { sessionId } = (await readSignedIn(request()))!;
    const now = Date.now();
    await db()
      .update(session)
      .set({ createdAt: new Date(now - 12 * 60 * 60 * 1000), updatedAt: new Date(now - 60 * 1000) })
      .where(eq(session.id, sessionId));
    expect(await readSignedIn(request())).toBeNull();
  });

  it("lists the user's sessions with browser and address, and signs out the others or all", async () => {
    const me = await anAccountUser({ role: "practitioner" });
    const here = await signIn(me.email, me.password, "192.0.2.30");
    await signIn(me.email, me.password, "198.51.100.8");
    const { sessionId } = (await readSignedIn(here.request()))!;
    const listed = await listOwnSessions(me.id, sessionId);
    expect(listed).toHaveLength(2);
    expect(listed.find((s) => s.current)).toMatchObject({ address: "192.0.2.30", userAgent: "Testiselain/1.0" });
    expect(listed.map((s) => s.address).sort()).toEqual(["192.0.2.30", "198.51.100.8"]);

    expect(await endOwnSessions(me, sessionId, "192.0.2.30")).toBe(1);
    expect((await listOwnSessions(me.id, sessionId)).map((s) => s.current)).toEqual([true]);
    expect(await endOwnSessions(me, null, "192.0.2.30")).toBe(1);
    expect(await readSignedIn(here.request())).toBeNull();
    expect((await eventsOf(me.id)).map((e) => e.action)).toEqual(["create", "sessions_revoke_others", "sessions_revoke_all"]);
  });
});
