import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "../kit/db/db.server";
import type { Visibility } from "./code-lists";
import { visibleFields } from "./practitioner-visibility";
import {
  networkMembership,
  organization,
  practitioner,
  practitionerService,
  practitionerServicePoint,
  service,
  serviceAtLocation,
  serviceChannel,
  servicePoint,
} from "./schema.server";
import { isUuid } from "../kit/validation/uuid";

const byFinnishName = (column: typeof organization.name | typeof service.name | typeof servicePoint.name) => sql`${column}->>'fi' collate "fi-FI-x-icu"`;

const publicPractitioner = {
  id: practitioner.id,
  givenName: practitioner.givenName,
  familyName: practitioner.familyName,
  title: practitioner.title,
  visibility: practitioner.visibility,
  isContactPerson: practitioner.isContactPerson,
};

function publicPerson(
  p: { id: string; givenName: string; familyName: string; title: Record<string, string>; visibility: Record<string, Visibility>; isContactPerson: boolean },
  member: boolean,
) {
  const fields = visibleFields(p.visibility, member);
  return { id: p.id, name: `${p.givenName} ${p.familyName}`, title: fields.has("title") ? p.title : {}, isContactPerson: p.isContactPerson };
}

export async function getOrganizationPage(id: string, viewerIsMember: boolean) {
  if (!isUuid(id)) return null;
  const [org] = await db().select().from(organization).where(eq(organization.id, id));
  if (!org) return null;
  const [parent, children, memberships, points, services, people] = await Promise.all([
    org.parentId ? db().select({ id: organization.id, name: organization.name }).from(organization).where(eq(organization.id, org.parentId)) : [],
    db()
      .select({ id: organization.id, name: organization.name })
      .from(organization)
      .where(eq(organization.parentId, id))
      .orderBy(byFinnishName(organization.name)),
    db().select({ regionCode: networkMembership.regionCode }).from(networkMembership).where(eq(networkMembership.organizationId, id)),
    db().select().from(servicePoint).where(eq(servicePoint.organizationId, id)).orderBy(byFinnishName(servicePoint.name)),
    db()
      .select({ id: service.id, name: service.name, status: service.status })
      .from(service)
      .where(and(eq(service.organizationId, id), sql`${service.status} <> 'defunct'`))
      .orderBy(byFinnishName(service.name)),
    db()
      .select(publicPractitioner)
      .from(practitioner)
      .where(eq(practitioner.organizationId, id))
      .orderBy(sql`${practitioner.familyName} collate "fi-FI-x-icu"`, asc(practitioner.givenName)),
  ]);
  return {
    organization: org,
    parent: parent[0] ?? null,
    children,
    regionCodes: memberships.map((m) => m.regionCode),
    servicePoints: points,
    services,
    practitioners: people.map((p) => publicPerson(p, viewerIsMember)),
  };
}

export async function getServicePage(id: string, viewerIsMember: boolean) {
  if (!isUuid(id)) return null;
  const [row] = await db()
    .select({ service, organizationName: organization.name })
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organizationId))
    .where(eq(service.id, id));
  if (!row) return null;
  const [channels, points, people] = await Promise.all([
    db().select().from(serviceChannel).where(eq(serviceChannel.serviceId, id)),
    db()
      .select({
        id: servicePoint.id,
        name: servicePoint.name,
        streetAddress: servicePoint.streetAddress,
        postalCode: servicePoint.postalCode,
        municipalityCode: servicePoint.municipalityCode,
      })
      .from(serviceAtLocation)
      .innerJoin(servicePoint, eq(servicePoint.id, serviceAtLocation.servicePointId))
      .where(eq(serviceAtLocation.serviceId, id))
      .orderBy(byFinnishName(servicePoint.name)),
    db()
      .select(publicPractitioner)
      .from(practitionerService)
      .innerJoin(practitioner, eq(practitioner.id, practitionerService.practitionerId))
      .where(eq(practitionerService.serviceId, id))
      .orderBy(sql`${practitioner.familyName} collate "fi-FI-x-icu"`),
  ]);
  return { ...row, channels, servicePoints: points, practitioners: people.map((p) => publicPerson(p, viewerIsMember)) };
}

export async function getServicePointPage(id: string, viewerIsMember: boolean) {
  if (!isUuid(id)) return null;
  const [row] = await db()
    .select({ servicePoint, organizationName: organization.name })
    .from(servicePoint)
    .innerJoin(organization, eq(organization.id, servicePoint.organizationId))
    .where(eq(servicePoint.id, id));
  if (!row) return null;
  const [services, people] = await Promise.all([
    db()
      .select({ id: service.id, name: service.name })
      .from(serviceAtLocation)
      .innerJoin(service, eq(service.id, serviceAtLocation.serviceId))
      .where(and(eq(serviceAtLocation.servicePointId, id), sql`${service.status} <> 'defunct'`))
      .orderBy(byFinnishName(service.name)),
    db()
      .select(publicPractitioner)
      .from(practitionerServicePoint)
      .innerJoin(practitioner, eq(practitioner.id, practitionerServicePoint.practitionerId))
      .where(eq(practitionerServicePoint.servicePointId, id))
      .orderBy(sql`${practitioner.familyName} collate "fi-FI-x-icu"`),
  ]);
  return {
    ...row,
    services,
    // A practitioner who keeps their service points to the network is not listed here publicly.
    practitioners: people.filter((p) => visibleFields(p.visibility, viewerIsMember).has("servicePoints")).map((p) => publicPerson(p, viewerIsMember)),
  };
}

export async function getPractitionerPage(id: string, viewerIsMember: boolean) {
  if (!isUuid(id)) return null;
  const [row] = await db()
    .select({ practitioner, organizationName: organization.name })
    .from(practitioner)
    .innerJoin(organization, eq(organization.id, practitioner.organizationId))
    .where(eq(practitioner.id, id));
  if (!row) return null;
  const p = row.practitioner;
  const fields = visibleFields(p.visibility, viewerIsMember);
  const [services, points] = await Promise.all([
    db()
      .select({ id: service.id, name: service.name })
      .from(practitionerService)
      .innerJoin(service, eq(service.id, practitionerService.serviceId))
      .where(eq(practitionerService.practitionerId, id))
      .orderBy(byFinnishName(service.name)),
    fields.has("servicePoints")
      ? db()
          .select({
            id: servicePoint.id,
            name: servicePoint.name,
            streetAddress: servicePoint.streetAddress,
            postalCode: servicePoint.postalCode,
            municipalityCode: servicePoint.municipalityCode,
          })
          .from(practitionerServicePoint)
          .innerJoin(servicePoint, eq(servicePoint.id, practitionerServicePoint.servicePointId))
          .where(eq(practitionerServicePoint.practitionerId, id))
      : Promise.resolve([]),
  ]);
  return {
    id: p.id,
    organizationId: p.organizationId,
    organizationName: row.organizationName,
    givenName: p.givenName,
    familyName: p.familyName,
    title: fields.has("title") ? p.title : {},
    email: fields.has("email") ? p.email : null,
    phone: fields.has("phone") ? p.phone : null,
    competenceAreas: p.competenceAreas,
    languages: p.languages,
    isContactPerson: p.isContactPerson,
    lastVerifiedAt: p.lastVerifiedAt,
    services,
    servicePoints: points,
  };
}
