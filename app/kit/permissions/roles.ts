export const roles = ["admin", "coordinator", "contact_person", "practitioner"] as const;
export type Role = (typeof roles)[number];

/** One thing a user may do, scoped to a region, an organisation or their own practitioner card. */
export interface RoleGrant {
  role: Role;
  regionCode: string | null;
  organizationId: string | null;
  practitionerId: string | null;
}

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  grants: RoleGrant[];
}

export const isAdmin = (user: CurrentUser | null) => !!user?.grants.some((g) => g.role === "admin");

export const coordinatedRegions = (user: CurrentUser | null) =>
  user?.grants.filter((g) => g.role === "coordinator" && g.regionCode).map((g) => g.regionCode!) ?? [];

export const contactOrganizations = (user: CurrentUser | null) =>
  user?.grants.filter((g) => g.role === "contact_person" && g.organizationId).map((g) => g.organizationId!) ?? [];

export const ownPractitionerIds = (user: CurrentUser | null) =>
  user?.grants.filter((g) => g.role === "practitioner" && g.practitionerId).map((g) => g.practitionerId!) ?? [];

/** A signed-in member of any network sees fields that practitioners share with the network only. */
export const isNetworkMember = (user: CurrentUser | null) => !!user && user.grants.length > 0;

/** The system itself, for demo data and start-up loads: acts as an admin, recorded by this name. */
export const systemCaller = (name = "Elo"): CurrentUser => ({
  id: "system",
  name,
  email: "",
  grants: [{ role: "admin", regionCode: null, organizationId: null, practitionerId: null }],
});

/**
 * The organisations a user oversees: an admin all; a coordinator those of their regions' networks;
 * a contact person their own. Null when none (a practitioner alone). Reports of figures use it.
 */
export type OverseenScope = { all: true } | { all: false; regionCodes: string[]; organizationIds: string[] };

export function overseenScope(user: CurrentUser | null): OverseenScope | null {
  if (isAdmin(user)) return { all: true };
  const regionCodes = coordinatedRegions(user);
  const organizationIds = contactOrganizations(user);
  if (!regionCodes.length && !organizationIds.length) return null;
  return { all: false, regionCodes, organizationIds };
}
