import { coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";

/**
 * Who keeps content pages (decision 0110): national pages (no region) are kept by admins; a
 * region's pages by that region's coordinators and by admins. Nobody else writes, and drafts are
 * read only by those who may write them.
 */
export interface PageScope {
  regionCode: string | null;
}

export function canEditContentPage(user: CurrentUser | null, page: PageScope): boolean {
  if (isAdmin(user)) return true;
  return page.regionCode !== null && coordinatedRegions(user).includes(page.regionCode);
}

/** Whether the user has any content to keep: shows the editing tools at work. */
export function canUseContentEditor(user: CurrentUser | null): boolean {
  return isAdmin(user) || coordinatedRegions(user).length > 0;
}
