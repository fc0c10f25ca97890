import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { systemCaller, type CurrentUser, type RoleGrant } from "../../app/kit/permissions/roles";
import type { OrganizationInput, PractitionerInput, ServiceInput, ServicePointInput } from "../../app/network-map/inputs";
import { createOrganization } from "../../app/network-map/commands/organization.server";
import { createPractitioner } from "../../app/network-map/commands/practitioner.server";
import { createService } from "../../app/network-map/commands/service.server";
import { createServicePoint } from "../../app/network-map/commands/service-point.server";
import { InvalidInput } from "../../app/kit/validation/errors";
import { createGroup } from "../../app/governance/commands/group.server";
import { addMember } from "../../app/governance/commands/membership.server";
import type { GroupType } from "../../app/governance/inputs";

/** A short unique token, so that each test's data is its own even in a shared database. */
export const unique = (prefix = "t") => `${prefix}${randomUUID().slice(0, 8)}`;

export const system = systemCaller("test fixtures");

/** What a command threw, or null when it succeeded. */
export const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

/** The validation problems a command refused with, as "path:key". */
export async function issuesOf(promise: Promise<unknown>) {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(InvalidInput);
  return (error as InvalidInput).issues.map((i) => `${i.path}:${i.key}`);
}

export function userWith(...grants: (Partial<RoleGrant> & Pick<RoleGrant, "role">)[]): CurrentUser {
  return {
    id: unique("user-"),
    name: "Test User",
    email: `${unique()}@example.fi`,
    grants: grants.map((g) => ({ regionCode: null, organizationId: null, practitionerId: null, ...g })),
  };
}

export async function anOrganization(overrides: Partial<OrganizationInput> = {}) {
  const name = unique("Testiopisto ");
  const id = await createOrganization(system, {
    name: { fi: name, sv: `${name} sv`, en: `${name} en` },
    description: {},
    type: "vocational_college",
    regionCodes: ["maakunta_19"],
    ...overrides,
  });
  return { id, name };
}

export async function aServicePoint(organizationId: string, overrides: Partial<ServicePointInput> = {}) {
  return createServicePoint(system, {
    organizationId,
    name: { fi: unique("Toimipiste ") },
    streetAddress: "Koulukatu 1",
    postalCode: "96100",
    latitude: 66.5,
    longitude: 25.73,
    accessibility: {},
    ...overrides,
  });
}

export async function aService(organizationId: string, overrides: Partial<ServiceInput> = {}) {
  return createService(system, {
    organizationId,
    name: { fi: unique("Palvelu ") },
    description: {},
    targetGroups: ["career_changers"],
    topics: ["career_planning"],
    languages: ["fi"],
    costDescription: {},
    channels: [{ channel: "phone", contact: "+358 40 123 4567", hours: {} }],
    ...overrides,
  });
}

export async function aPractitioner(organizationId: string, overrides: Partial<PractitionerInput> = {}) {
  return createPractitioner(system, {
    organizationId,
    givenName: "Testi",
    familyName: unique("Ohjaaja"),
    title: { fi: "Opinto-ohjaaja" },
    email: `${unique()}@example.fi`,
    competenceAreas: ["career_guidance"],
    languages: ["fi"],
    ...overrides,
  });
}

/** A user account with a password and grants, for signing in in browser tests. */
export async function anAccount(...grants: (Partial<RoleGrant> & Pick<RoleGrant, "role">)[]) {
  const { createAccount } = await import("../../app/accounts/commands/create-account.server");
  const email = `${unique("user-")}@example.fi`;
  const password = "correct horse battery staple";
  const id = await createAccount(
    {
      email,
      name: unique("Test User "),
      password,
      grants: grants.map((g) => ({ regionCode: null, organizationId: null, practitionerId: null, ...g })),
    },
    { id: null, name: "test fixtures" },
  );
  return { id, email, password };
}

/** An education offering of an organisation (Kajaani, vocational, contact teaching, starting in autumn 2026). */
export async function anOffering(organizationId: string, overrides: Partial<import("../../app/offerings/inputs").OfferingInput> = {}) {
  const { createOffering } = await import("../../app/offerings/commands/offering.server");
  return createOffering(system, {
    organizationId,
    name: { fi: unique("Koulutus ") },
    description: {},
    educationType: "vocational_qualification",
    fieldCode: "kansallinenkoulutusluokitus2016koulutusalataso1_07",
    teachingLanguages: ["fi"],
    teachingMethod: "contact",
    municipalityCode: "kunta_205",
    startDate: "2026-08-15",
    costDescription: {},
    fundingForms: [],
    targetGroups: [],
    ...overrides,
  });
}

/** A real account (so that notifications and e-mail can reach it) as the CurrentUser a command takes. */
export async function anAccountUser(...grants: (Partial<RoleGrant> & Pick<RoleGrant, "role">)[]): Promise<CurrentUser & { password: string }> {
  const account = await anAccount(...grants);
  return {
    id: account.id,
    name: account.email,
    email: account.email,
    password: account.password,
    grants: grants.map((g) => ({ regionCode: null, organizationId: null, practitionerId: null, ...g })),
  };
}

/** A content page with a Finnish draft (version 1), not published; a unique readable slug. */
export async function aContentPage(overrides: Partial<import("../../app/content-pages/inputs").PageInput> = {}, caller: CurrentUser = system) {
  const { createPage } = await import("../../app/content-pages/commands/create-page.server");
  const slug = unique("sivu-").toLowerCase();
  const id = await createPage(caller, {
    slug,
    section: "studying",
    language: "fi",
    text: { title: unique("Otsikko "), summary: "Johdanto.", body: "## Väliotsikko\n\nTeksti." },
    ...overrides,
  });
  return { id, slug };
}

/**
 * A group of Lapland (from 2020) with a chair and a secretary of one organisation and a member of another;
 * their practitioner cards are returned for signing them in.
 */
export async function aGroupWithOfficers(options: { type?: GroupType; name?: string } = {}) {
  const org = await anOrganization();
  const other = await anOrganization();
  // One at a time: the organisation's search entry is rebuilt on every new card.
  const chairCard = await aPractitioner(org.id);
  const secretaryCard = await aPractitioner(org.id);
  const memberCard = await aPractitioner(other.id);
  const type = options.type ?? "coordination";
  const groupId = await createGroup(system, { regionCode: "maakunta_19", type, name: { fi: unique(options.name ?? "Koordinaatioryhmä ") }, description: {} });
  await addMember(system, groupId, { organizationId: org.id, practitionerId: chairCard, position: "chair", startsOn: "2020-01-01" });
  await addMember(system, groupId, { organizationId: org.id, practitionerId: secretaryCard, position: "secretary", startsOn: "2020-01-01" });
  const memberId = await addMember(system, groupId, { organizationId: other.id, practitionerId: memberCard, position: "member", startsOn: "2020-01-01" });
  return { org, other, groupId, memberId, chairCard, secretaryCard, memberCard };
}
