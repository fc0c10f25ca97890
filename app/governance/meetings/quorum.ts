import { isCurrent } from "../inputs";

/**
 * The quorum rule (decision record 0080): a meeting has a quorum when more than half of the group's
 * member organisations, counted on the meeting day, are represented by at least one person present.
 * Deputies represent their organisation like members; the chair's and secretary's organisations count
 * like any other.
 */
export function quorum(
  memberships: { id: string; organizationId: string; startsOn: string; endsOn: string | null }[],
  present: string[],
  day: string,
): { organizations: number; represented: number; needed: number; reached: boolean } {
  const current = memberships.filter((m) => isCurrent(m, day));
  const organizations = new Set(current.map((m) => m.organizationId));
  const represented = new Set(current.filter((m) => present.includes(m.id)).map((m) => m.organizationId));
  const needed = Math.floor(organizations.size / 2) + 1;
  return { organizations: organizations.size, represented: represented.size, needed, reached: organizations.size > 0 && represented.size >= needed };
}
