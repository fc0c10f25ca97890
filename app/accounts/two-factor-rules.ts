import { coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";

/** Admins and coordinators must use two-factor authentication (issue 9, decision 0178). */
export const needsTwoFactor = (user: CurrentUser) => isAdmin(user) || coordinatedRegions(user).length > 0;

/** Where a user is sent to set up two-factor authentication. */
export const enrolmentPath = (lang: string) => `/${lang}/work/account?enrol=1#two-factor`;

/**
 * Where a request should go instead, if anywhere: a signed-in admin or coordinator without
 * two-factor authentication reaches the work pages only once it is set up. The account page (where
 * they set it up) and everything outside /{lang}/work (sign-out, the public pages) stay open.
 */
export function twoFactorRedirect(user: CurrentUser, twoFactorEnabled: boolean, pathname: string, required: boolean): string | null {
  if (!required || twoFactorEnabled || !needsTwoFactor(user)) return null;
  const work = /^\/([a-z]{2})\/work(\/.*)?$/.exec(pathname);
  if (!work) return null;
  if (work[2] === "/account" || work[2] === "/account/") return null;
  return enrolmentPath(work[1]);
}
