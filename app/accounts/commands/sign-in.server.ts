import { recordChange, type Actor } from "~/audit/public.server";
import { db } from "~/kit/db/db.server";
import { isDatabaseUnavailable } from "~/kit/db/unavailable";
import type { Refusal } from "~/kit/rate-limit/answer.server";
import { auth } from "../auth.server";
import { signInAttempts, signInFailures } from "../rate-limits.server";

export type SignInOutcome =
  | { kind: "signedIn"; cookies: string[] }
  /** The password was right; a second factor is still to come (the cookies hold the pending sign-in). */
  | { kind: "secondStep"; cookies: string[] }
  | { kind: "failed" }
  | { kind: "limited"; refusal: Refusal }
  | { kind: "unavailable" };

type SignInAction = "sign-in" | "sign-in-failed" | "sign-in-refused";

/** The attempt in the audit trail under the account name tried, with the client's address; never the password. */
async function audit(action: SignInAction, account: string, address: string, actor: Actor) {
  await recordChange(db(), {
    actor,
    entityType: "sign_in",
    entityId: account,
    action,
    before: null,
    after: { account, address },
  });
}

/**
 * Signs in with e-mail and password, within the limits (decision 0177): refused while the address
 * has made too many attempts or the account has had too many failures, even with the right password.
 * `headers` are the request's, which better-auth reads the client address from for the session.
 */
export async function signInWithPassword(input: { email: string; password: string; address: string; headers: Headers }): Promise<SignInOutcome> {
  const account = input.email.trim().toLowerCase();
  const anonymous: Actor = { id: null, name: input.address };
  const verdicts = [await signInAttempts.consume({ address: input.address }), await signInFailures.check({ account })];
  const refusals = verdicts.filter((v): v is Refusal => !v.allowed);
  if (refusals.length > 0) {
    await audit("sign-in-refused", account, input.address, anonymous);
    return { kind: "limited", refusal: refusals.reduce((a, b) => (a.retryAfterSeconds >= b.retryAfterSeconds ? a : b)) };
  }
  // better-auth answers an unknown account or a wrong password alike, and throws on malformed input;
  // a database outage is no failed attempt and must not be blamed on the password.
  let response: Response | undefined;
  try {
    response = await auth().api.signInEmail({ body: { email: input.email, password: input.password }, headers: input.headers, asResponse: true });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { kind: "unavailable" };
  }
  if (response && response.status >= 500) return { kind: "unavailable" };
  if (!response?.ok) {
    await signInFailures.consume({ account });
    await audit("sign-in-failed", account, input.address, anonymous);
    return { kind: "failed" };
  }
  const body = (await response.clone().json()) as { user?: { id: string; name: string }; twoFactorRedirect?: boolean } | null;
  if (body?.twoFactorRedirect || !body?.user) return { kind: "secondStep", cookies: response.headers.getSetCookie() };
  const { user } = body;
  await audit("sign-in", account, input.address, { id: user.id, name: user.name });
  return { kind: "signedIn", cookies: response.headers.getSetCookie() };
}
