import { createHash } from "node:crypto";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import { createOTP } from "@better-auth/utils/otp";
import { APIError } from "better-auth/api";
import { parseCookies } from "better-auth/cookies";
import { symmetricDecrypt, verifyPassword } from "better-auth/crypto";
import QRCode from "qrcode";
import { config } from "../../kit/config.server";
import { db } from "../../kit/db/db.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { InvalidInput } from "../../kit/validation/errors";
import { auth } from "../auth.server";
import { account, twoFactor, usedTotpCode, user, verification } from "../schema.server";
import { actorOf, recordAccountEvent } from "./own-account.server";

/**
 * Two-factor authentication (decision 0178) with better-auth's two-factor plugin, called on the
 * server only: the plugin makes the secret and recovery codes (stored encrypted) and checks the
 * codes at sign-in. It writes through its own adapter, so there the audit record follows its change.
 * Confirming and turning off are done here in one transaction with the audit record, and leave the
 * session as it is (the plugin would replace it mid-request, signing out a page without JavaScript).
 */

const wrongPassword = () => new InvalidInput([{ path: "password", key: "account.wrongPassword" }]);

async function audit(caller: Pick<CurrentUser, "id" | "name" | "email">, action: string, address: string | null) {
  await db().transaction((tx) => recordAccountEvent(tx, actorOf(caller), caller.id, action, address));
}

/** The Set-Cookie headers of a better-auth response, to pass on to the browser. */
export function cookiesOf(response: Response): Headers {
  const headers = new Headers();
  for (const cookie of response.headers.getSetCookie()) headers.append("Set-Cookie", cookie);
  return headers;
}

export interface Enrolment {
  secret: string;
  uri: string;
  qrSvg: string;
}

/**
 * Starts enrolment after the password is confirmed: a new secret, not in force until a code from
 * it is confirmed. Returns the secret as text, its otpauth address and that as an SVG QR code.
 */
export async function startTwoFactor(request: Request, password: string): Promise<Enrolment> {
  if (!password) throw wrongPassword();
  const result = await auth()
    .api.enableTwoFactor({ body: { password: password.slice(0, 200) }, headers: request.headers })
    .catch((error: unknown) => {
      if (error instanceof APIError && error.body?.code === "TOTP_ALREADY_ENABLED")
        throw new InvalidInput([{ path: "password", key: "account.twoFactor.alreadyOn" }]);
      if (error instanceof APIError) throw wrongPassword();
      throw error;
    });
  if (!("totpURI" in result) || !result.totpURI) throw wrongPassword();
  return enrolmentFrom(result.totpURI);
}

/** The secret of an otpauth address as text, and the address as an SVG QR code (made on the server). */
export async function enrolmentFrom(uri: string): Promise<Enrolment> {
  const secret = new URL(uri).searchParams.get("secret") ?? "";
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, uri, qrSvg };
}

const isTotpCode = (code: string) => /^\d{6}$/.test(code);
const cleanCode = (code: string) => code.replace(/\s+/g, "").slice(0, 40);

/**
 * Confirms enrolment with a code from the authenticator app: two-factor authentication is then on,
 * and the recovery codes are returned to be shown once.
 */
export async function confirmTwoFactor(caller: CurrentUser, rawCode: string, address: string | null): Promise<string[]> {
  const code = cleanCode(rawCode);
  if (!isTotpCode(code)) throw new InvalidInput([{ path: "code", key: "account.twoFactor.codeFormat" }]);
  const confirmed = await db().transaction(async (tx) => {
    const [pending] = await tx.select().from(twoFactor).where(eq(twoFactor.userId, caller.id)).for("update");
    if (!pending || pending.verified) throw new InvalidInput([{ path: "code", key: "account.twoFactor.notStarted" }]);
    const secret = await symmetricDecrypt({ key: config.authSecret, data: pending.secret });
    if (!(await createOTP(secret).verify(code))) return false;
    await tx.update(twoFactor).set({ verified: true }).where(eq(twoFactor.id, pending.id));
    await tx.update(user).set({ twoFactorEnabled: true, updatedAt: new Date() }).where(eq(user.id, caller.id));
    await recordAccountEvent(tx, actorOf(caller), caller.id, "two_factor_enable", address);
    return true;
  });
  if (!confirmed) {
    await audit(caller, "two_factor_failed", address);
    throw new InvalidInput([{ path: "code", key: "account.twoFactor.wrongCode" }]);
  }
  return (await auth().api.viewBackupCodes({ body: { userId: caller.id } })).backupCodes;
}

/** Turns two-factor authentication off after the password is confirmed. */
export async function disableTwoFactor(caller: CurrentUser, password: string, address: string | null): Promise<void> {
  await db().transaction(async (tx) => {
    const [credential] = await tx
      .select({ hash: account.password })
      .from(account)
      .where(and(eq(account.userId, caller.id), eq(account.providerId, "credential")));
    if (!password || !credential?.hash || !(await verifyPassword({ hash: credential.hash, password: password.slice(0, 200) }))) throw wrongPassword();
    const removed = await tx.delete(twoFactor).where(eq(twoFactor.userId, caller.id)).returning({ id: twoFactor.id });
    await tx.update(user).set({ twoFactorEnabled: false, updatedAt: new Date() }).where(eq(user.id, caller.id));
    if (removed.length > 0) await recordAccountEvent(tx, actorOf(caller), caller.id, "two_factor_disable", address);
  });
}

/** New recovery codes after the password is confirmed; the old ones stop working. */
export async function regenerateRecoveryCodes(request: Request, caller: CurrentUser, password: string, address: string | null): Promise<string[]> {
  if (!password) throw wrongPassword();
  const result = await auth()
    .api.generateBackupCodes({ body: { password: password.slice(0, 200) }, headers: request.headers })
    .catch((error: unknown) => {
      if (error instanceof APIError) throw wrongPassword();
      throw error;
    });
  await audit(caller, "two_factor_recovery_regenerate", address);
  return result.backupCodes;
}

/**
 * The user whose sign-in waits for its second step, from better-auth's two-factor cookie (a signed
 * random identifier of a short-lived verification row); for the audit record only, better-auth
 * checks the cookie itself.
 */
async function pendingUser(request: Request) {
  const cookies = parseCookies(request.headers.get("cookie") ?? "");
  const signed = [...cookies].find(([name]) => name.endsWith("better-auth.two_factor"))?.[1];
  if (!signed) return null;
  const decoded = decodeURIComponent(signed);
  const identifier = decoded.slice(0, decoded.lastIndexOf("."));
  const [found] = await db()
    .select({ id: user.id, name: user.name, email: user.email })
    .from(verification)
    .innerJoin(user, eq(user.id, verification.value))
    .where(and(eq(verification.identifier, identifier), gt(verification.expiresAt, new Date())));
  return found ?? null;
}

/**
 * The second step of signing in: a 6-digit code from the app or a recovery code (each recovery code
 * works once). On success returns the session cookies to pass on; a wrong code is audited.
 */
export async function completeTwoFactorSignIn(
  request: Request,
  rawCode: string,
  address: string | null,
): Promise<{ ok: true; cookies: Headers } | { ok: false }> {
  const code = cleanCode(rawCode);
  const pending = await pendingUser(request);
  if (!pending || !code) return { ok: false };
  const totp = isTotpCode(code);
  // A code already used is refused before better-auth sees it; the claim is given back if the code is wrong.
  const claim = totp ? await claimTotpCode(pending.id, code) : null;
  if (totp && !claim) {
    await audit(pending, "two_factor_failed", address);
    return { ok: false };
  }
  const response = totp
    ? await auth().api.verifyTOTP({ body: { code }, headers: request.headers, asResponse: true })
    : await auth().api.verifyBackupCode({ body: { code }, headers: request.headers, asResponse: true });
  if (!response.ok) {
    if (claim) await db().delete(usedTotpCode).where(eq(usedTotpCode.codeHash, claim));
    await audit(pending, "two_factor_failed", address);
    return { ok: false };
  }
  if (!isTotpCode(code)) await audit(pending, "two_factor_recovery_used", address);
  return { ok: true, cookies: cookiesOf(response) };
}

/** How long a TOTP code can be accepted: its 30-second step and one step either side. */
const TOTP_VALIDITY_SECONDS = 90;

/**
 * Claims a TOTP code for one sign-in: answers the claim (the code's hash), or null when the code
 * was used within its validity. The insert decides, so two parallel sign-ins cannot both use it.
 */
async function claimTotpCode(userId: string, code: string): Promise<string | null> {
  const codeHash = createHash("sha256").update(`${userId}:${code}`).digest("hex");
  const expired = sql`now() - make_interval(secs => ${TOTP_VALIDITY_SECONDS})`;
  await db().delete(usedTotpCode).where(lt(usedTotpCode.usedAt, expired));
  const claimed = await db().insert(usedTotpCode).values({ codeHash, userId }).onConflictDoNothing().returning({ codeHash: usedTotpCode.codeHash });
  return claimed.length > 0 ? codeHash : null;
}
