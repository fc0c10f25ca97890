/**
 * What other features may use from governance, safe in the browser bundle: the membership rules and
 * the group permissions they build on. (Today's date in Finland, the day "current" is decided on, is
 * the kit's: kit/dates/calendar.ts.)
 * Other features import governance through this file or public.server.ts, never its internals, so
 * governance can rearrange its files without breaking them.
 */
export {
  isCurrent,
  isMemberOf,
  isNamedIn,
  isOfficerOf,
  isOfficerPosition,
  officerPositions,
  speaksForMemberOrganisation,
  type Membership,
  type MembershipPeriod,
} from "./membership";
export { canEditGroupMembers, canManageGroups } from "./permissions";
