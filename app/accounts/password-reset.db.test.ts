import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anAccountUser, unique } from "../../tests/support/fixtures";
import { auditEvent } from "../audit/schema.server";
import { db } from "../kit/db/db.server";
import { InvalidInput } from "../kit/validation/errors";
import { outboxMessage } from "../mail/schema.server";
import { deliverMail } from "../mail/send-mail.server";
import { auth } from "./auth.server";
import { checkPasswordReset, requestPasswordReset, resetLifetimeMs, resetPassword, ResetUnusable } from "./commands/password-reset.server";
import { passwordReset, session } from "./schema.server";

const newPassword = "poro juoksee tunturin yli iltaisin";

async function mailedToken(address: string): Promise<string | null> {
  const mails = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, address));
  return mails.at(-1)?.body.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1] ?? null;
}

const signIn = (email: string, password: string) => auth().api.signInEmail({ body: { email, password }, asResponse: true });

describe("resetting a password by e-mail", () => {
  it("mails a link only to an existing account, and says nothing about which addresses exist", async () => {
    const nobody = `${unique("nobody-")}@example.fi`;
    await expect(requestPasswordReset(nobody, "fi", "192.0.2.1")).resolves.toBeUndefined();
    expect(await mailedToken(nobody)).toBeNull();

    const me = await anAccountUser({ role: "practitioner" });
    await expect(requestPasswordReset(`  ${me.email.toUpperCase()} `, "sv", "192.0.2.1")).resolves.toBeUndefined();
    const [mail] = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, me.email));
    expect(mail.subject).toBe("Återställning av lösenordet till Elo");
    expect(mail.body).toContain("/sv/reset-password/");
    // Only the token's hash is stored.
    const token = (await mailedToken(me.email))!;
    const stored = await db().select().from(passwordReset).where(eq(passwordReset.userId, me.id));
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(token);
  });

  it("sets a strong new password once, ends every session, and is audited with the address", async () => {
    const me = await anAccountUser({ role: "coordinator", regionCode: "maakunta_19" });
    expect((await signIn(me.email, me.password)).ok).toBe(true);
    await requestPasswordReset(me.email, "fi", "192.0.2.2");
    const token = (await mailedToken(me.email))!;
    await checkPasswordReset(token);

    const weak = await resetPassword(token, "salasana1234", "192.0.2.3").catch((e: unknown) => e);
    expect((weak as InvalidInput).issues[0]).toMatchObject({ path: "password", key: "password.weak.common" });
    // A refused password does not use the link up.
    await checkPasswordReset(token);

    await resetPassword(token, newPassword, "192.0.2.3");
    expect(await db().select().from(session).where(eq(session.userId, me.id))).toHaveLength(0);
    expect((await signIn(me.email, me.password)).ok).toBe(false);
    expect((await signIn(me.email, newPassword)).ok).toBe(true);

    const again = await resetPassword(token, "toinen pitkä lause joka kelpaa", null).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ResetUnusable);
    expect(again).toMatchObject({ reason: "used", status: 410 });

    const events = await db()
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "user"), eq(auditEvent.entityId, me.id)))
      .orderBy(asc(auditEvent.id));
    expect(events.map((e) => [e.action, e.actorUserId, (e.changes.address as { new: unknown } | undefined)?.new])).toEqual([
      ["create", null, undefined],
      ["password_reset_request", null, "192.0.2.2"],
      ["password_reset", me.id, "192.0.2.3"],
    ]);
  });

  it("refuses a link older than 30 minutes, and an unknown one", async () => {
    const me = await anAccountUser({ role: "practitioner" });
    const asked = new Date();
    await requestPasswordReset(me.email, "en", null, asked);
    const token = (await mailedToken(me.email))!;
    const late = new Date(asked.getTime() + resetLifetimeMs);
    await expect(resetPassword(token, newPassword, null, new Date(late.getTime() - 1000)).then(() => "ok")).resolves.toBe("ok");

    await requestPasswordReset(me.email, "en", null, asked);
    const second = (await mailedToken(me.email))!;
    await expect(resetPassword(second, "yet another long passphrase here", null, late)).rejects.toMatchObject({ reason: "expired", status: 410 });
    await expect(checkPasswordReset("no-such-token")).rejects.toMatchObject({ reason: "unknown", status: 404 });
    await expect(checkPasswordReset("x".repeat(5000))).rejects.toMatchObject({ reason: "unknown" });
  });

  it("arrives through SMTP, and the link read from the delivered mail sets the password", async () => {
    const { startSmtpSink } = await import("../../tests/support/smtp-sink");
    const sink = await startSmtpSink();
    process.env.SMTP_URL = sink.url;
    try {
      const me = await anAccountUser({ role: "practitioner" });
      await requestPasswordReset(me.email, "en", null);
      const [queued] = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, me.email));
      // What the mail.deliver job does once the request has committed (the runner is tested in app/mail).
      expect(await deliverMail(queued.id, { attempt: 1, maxAttempts: 1 })).toBe("sent");
      const mail = sink.mails.find((m) => m.envelopeTo.includes(me.email));
      expect(mail?.subject).toBe("Resetting your Elo password");
      const token = mail?.text.match(/\/en\/reset-password\/([A-Za-z0-9_-]+)/)?.[1];
      await resetPassword(token ?? "", newPassword, null);
      expect((await signIn(me.email, newPassword)).ok).toBe(true);
    } finally {
      delete process.env.SMTP_URL;
      await sink.stop();
    }
  });
});
