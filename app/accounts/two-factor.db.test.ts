import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anAccountUser } from "../../tests/support/fixtures";
import { totpCode, wrongTotpCode } from "../../tests/support/totp";
import { auditEvent } from "../audit/schema.server";
import { db } from "../kit/db/db.server";
import { InvalidInput } from "../kit/validation/errors";
import { auth } from "./auth.server";
import { completeTwoFactorSignIn, confirmTwoFactor, disableTwoFactor, regenerateRecoveryCodes, startTwoFactor } from "./commands/two-factor.server";
import { twoFactor, usedTotpCode, user } from "./schema.server";
import { readSignedIn } from "./session-user.server";

const address = "192.0.2.44";
const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
const requestWith = (cookie: string) => new Request("http://localhost/fi/work/account", { headers: { cookie, "x-elo-client-ip": address } });

/** The password step through better-auth, as the sign-in page calls it. */
async function passwordStep(email: string, password: string) {
  const response = await auth().api.signInEmail({ body: { email, password }, headers: new Headers({ "x-elo-client-ip": address }), asResponse: true });
  const body = (await response.json()) as { twoFactorRedirect?: boolean };
  return { twoFactorRedirect: body.twoFactorRedirect === true, cookie: cookieOf(response) };
}

const issueOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidInput);
  return (error as InvalidInput).issues[0];
};

describe("two-factor authentication", () => {
  it("enrols with a real TOTP code, then signs in with a code or a single-use recovery code, all audited", async () => {
    const me = await anAccountUser({ role: "admin" });
    const first = await passwordStep(me.email, me.password);
    expect(first.twoFactorRedirect).toBe(false);
    const page = requestWith(first.cookie);

    // Enrolment: password first, then the secret as text and QR code, then a code to confirm.
    expect(await issueOf(startTwoFactor(page, "not my password"))).toMatchObject({ path: "password", key: "account.wrongPassword" });
    const enrolment = await startTwoFactor(page, me.password);
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Elo:/);
    expect(enrolment.qrSvg).toMatch(/^<svg[^>]*>/);
    expect(await issueOf(confirmTwoFactor(me, wrongTotpCode(enrolment.secret), address))).toMatchObject({ key: "account.twoFactor.wrongCode" });
    expect((await db().select({ on: user.twoFactorEnabled }).from(user).where(eq(user.id, me.id)))[0].on).toBe(false);
    const recoveryCodes = await confirmTwoFactor(me, totpCode(enrolment.secret), address);
    expect(recoveryCodes).toHaveLength(10);
    expect((await readSignedIn(page))?.twoFactorEnabled).toBe(true);

    // Signing in: the password alone gives no session, only the second step.
    const pending = await passwordStep(me.email, me.password);
    expect(pending.twoFactorRedirect).toBe(true);
    expect(await readSignedIn(requestWith(pending.cookie))).toBeNull();
    expect(await completeTwoFactorSignIn(requestWith(pending.cookie), wrongTotpCode(enrolment.secret), address)).toEqual({ ok: false });
    const code = totpCode(enrolment.secret);
    const withCode = await completeTwoFactorSignIn(requestWith(pending.cookie), code, address);
    expect(withCode.ok).toBe(true);
    const signedIn = await readSignedIn(requestWith(cookieOf(new Response(null, { headers: withCode.ok ? withCode.cookies : {} }))));
    expect(signedIn?.user.id).toBe(me.id);
    // A code works once within its validity (ASVS 2.8.4), also for two sign-ins at the same moment.
    const [second, third] = await Promise.all([passwordStep(me.email, me.password), passwordStep(me.email, me.password)]);
    expect(
      await Promise.all([
        completeTwoFactorSignIn(requestWith(second.cookie), code, address),
        completeTwoFactorSignIn(requestWith(third.cookie), code, address),
      ]),
    ).toEqual([{ ok: false }, { ok: false }]);
    expect(await db().select().from(usedTotpCode).where(eq(usedTotpCode.userId, me.id))).toHaveLength(1);

    // A recovery code signs in once.
    const recovery = await passwordStep(me.email, me.password);
    expect((await completeTwoFactorSignIn(requestWith(recovery.cookie), recoveryCodes[0], address)).ok).toBe(true);
    const again = await passwordStep(me.email, me.password);
    expect(await completeTwoFactorSignIn(requestWith(again.cookie), recoveryCodes[0], address)).toEqual({ ok: false });

    // New recovery codes and turning it off need the password.
    expect(await issueOf(regenerateRecoveryCodes(page, me, "not my password", address))).toMatchObject({ key: "account.wrongPassword" });
    const renewed = await regenerateRecoveryCodes(page, me, me.password, address);
    expect(renewed).toHaveLength(10);
    expect(renewed).not.toContain(recoveryCodes[1]);
    expect(await issueOf(disableTwoFactor(me, "not my password", address))).toMatchObject({ key: "account.wrongPassword" });
    expect((await db().select({ on: user.twoFactorEnabled }).from(user).where(eq(user.id, me.id)))[0].on).toBe(true);
    await disableTwoFactor(me, me.password, address);
    expect((await db().select({ on: user.twoFactorEnabled }).from(user).where(eq(user.id, me.id)))[0].on).toBe(false);
    expect(await db().select().from(twoFactor).where(eq(twoFactor.userId, me.id))).toHaveLength(0);
    expect((await passwordStep(me.email, me.password)).twoFactorRedirect).toBe(false);

    const events = await db()
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "user"), eq(auditEvent.entityId, me.id)))
      .orderBy(asc(auditEvent.id));
    expect(events.map((e) => e.action)).toEqual([
      "create",
      "two_factor_failed",
      "two_factor_enable",
      "two_factor_failed",
      "two_factor_failed",
      "two_factor_failed",
      "two_factor_recovery_used",
      "two_factor_failed",
      "two_factor_recovery_regenerate",
      "two_factor_disable",
    ]);
    for (const event of events.slice(1)) expect(event).toMatchObject({ actorUserId: me.id, changes: { address: { new: address } } });
  });

  it("refuses better-auth's two-factor endpoints that Elo's pages do not use, even on the server", async () => {
    const me = await anAccountUser({ role: "coordinator", regionCode: "maakunta_18" });
    const { cookie } = await passwordStep(me.email, me.password);
    const headers = requestWith(cookie).headers;
    await expect(auth().api.getTOTPURI({ body: { password: me.password }, headers })).rejects.toMatchObject({ status: "FORBIDDEN" });
    await expect(auth().api.disableTwoFactor({ body: { password: me.password }, headers })).rejects.toMatchObject({ status: "FORBIDDEN" });
  });
});
