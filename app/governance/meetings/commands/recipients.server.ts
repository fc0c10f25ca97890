import { and, asc, eq, inArray } from "drizzle-orm";
import { roleAssignment, user } from "~/accounts/public.server";
import type { Transaction } from "../../../kit/db/db.server";
import type { LocalizedText } from "../../../kit/i18n/localized";
import { organization, practitioner } from "~/network-map/public.server";
import { isCurrent } from "../../inputs";
import { groupMembership } from "../../schema.server";

/** One person an invitation goes to, as the organiser sees them in the preview. */
export interface Recipient {
  name: string;
  email: string;
  /** Named as the organisation's representative in the group, or one of its contact persons. */
  via: "representative" | "contactPerson";
}

/** A member organisation's seat on the day and who of it receives the group's mail. */
export interface MemberRecipients {
  organizationId: string;
  organization: LocalizedText;
  position: string;
  recipients: Recipient[];
}

/**
 * Who of each current member organisation receives the group's invitations and minutes: the
 * named representative (their card's address, else their accounts'), and when the seat names
 * nobody reachable, the organisation's contact persons: the practitioner cards marked as contact
 * person and the accounts with the contact-person role. An organisation with none of these has
 * an empty list, so that the organiser sees it before sending (issue 13: such members got nothing).
 */
export async function memberRecipients(tx: Transaction, groupId: string, day: string): Promise<MemberRecipients[]> {
  const rows = await tx
    .select({
      organizationId: groupMembership.organizationId,
      organization: organization.name,
      practitionerId: groupMembership.practitionerId,
      position: groupMembership.position,
      startsOn: groupMembership.startsOn,
      endsOn: groupMembership.endsOn,
    })
    .from(groupMembership)
    .innerJoin(organization, eq(organization.id, groupMembership.organizationId))
    .where(eq(groupMembership.groupId, groupId))
    .orderBy(asc(groupMembership.startsOn));
  const current = rows.filter((r) => isCurrent(r, day));
  if (current.length === 0) return [];
  const named = await representatives(
    tx,
    current.flatMap((r) => (r.practitionerId ? [r.practitionerId] : [])),
  );
  const contacts = await contactPersons(
    tx,
    current.map((r) => r.organizationId),
  );
  return current.map((r) => {
    const representative = (r.practitionerId && named.get(r.practitionerId)) || [];
    return {
      organizationId: r.organizationId,
      organization: r.organization,
      position: r.position,
      recipients: representative.length ? representative : (contacts.get(r.organizationId) ?? []),
    };
  });
}

/** The distinct addresses of the member recipients, lower-cased and sorted. */
export const addressesOf = (members: readonly MemberRecipients[]): string[] =>
  [...new Set(members.flatMap((m) => m.recipients.map((r) => r.email.toLowerCase())))].sort();

/**
 * The copies of an invitation: the organiser and the region's coordinators (issue 13: the
 * coordinator heard nothing), leaving out those who get it as a member anyway.
 */
export async function invitationCopies(tx: Transaction, organiserEmail: string, regionCode: string, memberAddresses: readonly string[]): Promise<string[]> {
  const coordinators = await tx
    .select({ email: user.email })
    .from(roleAssignment)
    .innerJoin(user, eq(user.id, roleAssignment.userId))
    .where(and(eq(roleAssignment.role, "coordinator"), eq(roleAssignment.regionCode, regionCode)));
  const members = new Set(memberAddresses.map((a) => a.toLowerCase()));
  return [...new Set([organiserEmail, ...coordinators.map((c) => c.email)].map((a) => a.trim().toLowerCase()))].filter((a) => a && !members.has(a)).sort();
}

const fullName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

function push(map: Map<string, Recipient[]>, key: string, recipient: Recipient) {
  const list = map.get(key) ?? [];
  if (!list.some((r) => r.email.toLowerCase() === recipient.email.toLowerCase())) list.push(recipient);
  map.set(key, list);
}

/** Named representatives by card: the card's address, else the addresses of the card's accounts. */
async function representatives(tx: Transaction, cardIds: string[]): Promise<Map<string, Recipient[]>> {
  const found = new Map<string, Recipient[]>();
  if (cardIds.length === 0) return found;
  const cards = await tx
    .select({ id: practitioner.id, givenName: practitioner.givenName, familyName: practitioner.familyName, email: practitioner.email })
    .from(practitioner)
    .where(inArray(practitioner.id, cardIds));
  for (const card of cards) if (card.email) push(found, card.id, { name: fullName(card), email: card.email, via: "representative" });
  const without = cards.filter((c) => !c.email).map((c) => c.id);
  if (without.length)
    for (const a of await tx
      .select({ cardId: roleAssignment.practitionerId, name: user.name, email: user.email })
      .from(roleAssignment)
      .innerJoin(user, eq(user.id, roleAssignment.userId))
      .where(and(eq(roleAssignment.role, "practitioner"), inArray(roleAssignment.practitionerId, without))))
      if (a.cardId) push(found, a.cardId, { name: a.name, email: a.email, via: "representative" });
  return found;
}

/** Contact persons by organisation: cards marked as contact person, and contact-person accounts. */
async function contactPersons(tx: Transaction, organizationIds: string[]): Promise<Map<string, Recipient[]>> {
  const found = new Map<string, Recipient[]>();
  const cards = await tx
    .select({ organizationId: practitioner.organizationId, givenName: practitioner.givenName, familyName: practitioner.familyName, email: practitioner.email })
    .from(practitioner)
    .where(and(inArray(practitioner.organizationId, organizationIds), eq(practitioner.isContactPerson, true)))
    .orderBy(asc(practitioner.familyName), asc(practitioner.givenName));
  for (const card of cards) if (card.email) push(found, card.organizationId, { name: fullName(card), email: card.email, via: "contactPerson" });
  const accounts = await tx
    .select({ organizationId: roleAssignment.organizationId, name: user.name, email: user.email })
    .from(roleAssignment)
    .innerJoin(user, eq(user.id, roleAssignment.userId))
    .where(and(eq(roleAssignment.role, "contact_person"), inArray(roleAssignment.organizationId, organizationIds)))
    .orderBy(asc(user.email));
  for (const a of accounts) if (a.organizationId) push(found, a.organizationId, { name: a.name, email: a.email, via: "contactPerson" });
  return found;
}
