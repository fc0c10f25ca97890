import { Secret, TOTP } from "otpauth";

/** The code an authenticator app shows for `secret` (base32) now, or `steps` periods away. */
export function totpCode(secret: string, steps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + steps * 30_000 });
}

/** A six-digit code that is none of those the server accepts now (it allows a period either side). */
export function wrongTotpCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((steps) => totpCode(secret, steps)));
  return ["000000", "111111", "222222", "333333"].find((code) => !valid.has(code))!;
}
