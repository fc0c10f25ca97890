import { isAdmin, type CurrentUser } from "../kit/permissions/roles";

/**
 * Who keeps the search synonyms (decision 0189): admins only. The list changes what every citizen
 * finds in every region, so it is not one region's coordinator's to change.
 */
export function canManageSynonyms(user: CurrentUser | null): boolean {
  return isAdmin(user);
}
