import { and, eq, isNull } from "drizzle-orm";
import { createHash, randomBytes } from "node:crypto";
import { recordChange, type Actor } from "~/audit/public.server";
import { config } from "../../kit/config.server";
import { laterBy, milliseconds } from "../../kit/dates/calendar";
import { db } from "../../kit/db/db.server";
import { InvalidInput, PermissionDenied, type Issue } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { translator } from "../../kit/i18n/catalogue";
import { queueMail } from "~/mail/public.server";
import { organizationScope, practitioner } from "~/network-map/public.server";
import { region } from "~/reference/public.server";
import { acceptInvitationInput, invitationInput, type AcceptInvitationInput, type InvitationInput } from "../inputs";
import { canInvite, type InvitationTarget } from "../permissions";
import type { CurrentUser, Role, RoleGrant } from "../../kit/permissions/roles";
import { invitation, roleAssignment, user } from "../schema.server";
import { createAccount } from "./create-account.server";
import { passwordIssue } from "../password-policy.server";

type Transaction = Parameters<Parameters<ReturnType<typeof db>["transaction"]>[0]>[0];

const invitationLifetime = { days: 14 };
export const invitationLifetimeMs = milliseconds(invitationLifetime);

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

const actorOf = (caller: CurrentUser): Actor => ({ id: caller.id, name: caller.name || caller.email });

/** Why an invitation link cannot be used: unknown (404), or expired or used already (410). */
export class InvitationUnusable extends Error {
  constructor(public readonly reason: "unknown" | "expired" | "used") {
    super(`Invitation ${reason}`);
  }
  get status() {
    return this.reason === "unknown" ? 404 : 410;
  }
}

/** The e-mail address has an account already: its owner signs in and accepts as themselves. */
export class AccountExists extends Error {
  constructor() {
    super("An account with this e-mail address exists");
  }
}

/** Resolves what the invitation grants, checking that the region, organisation and card exist. */
async function resolveTarget(tx: Transaction, input: ReturnType<typeof invitationInput.parse>): Promise<{ target: InvitationTarget; grant: RoleGrant }> {
  const unknown = (path: string, value: string): never => {
    throw new InvalidInput([{ path, key: "validation.unknownCode", values: { value } } satisfies Issue]);
  };
  const none = { regionCode: null, organizationId: null, practitionerId: null };
  switch (input.role) {
    case "admin":
      return { target: { role: "admin" }, grant: { role: "admin", ...none } };
    case "coordinator": {
      const code = input.regionCode!;
      const found = await tx.select({ code: region.code }).from(region).where(eq(region.code, code));
      if (found.length === 0) unknown("regionCode", code);
      return { target: { role: "coordinator", regionCode: code }, grant: { role: "coordinator", ...none, regionCode: code } };
    }
    case "contact_person": {
      const scope = await organizationScope(tx, input.organizationId!);
      if (!scope) return unknown("organizationId", input.organizationId!);
      return { target: { role: "contact_person", organization: scope }, grant: { role: "contact_person", ...none, organizationId: scope.id } };
    }
    case "practitioner": {
      const [card] = await tx
        .select({ id: practitioner.id, organizationId: practitioner.organizationId })
        .from(practitioner)
        .where(eq(practitioner.id, input.practitionerId!));
      if (!card) return unknown("practitionerId", input.practitionerId!);
      // When the form names an organisation too, the card must belong to it.
      if (input.organizationId && input.organizationId !== card.organizationId) unknown("practitionerId", input.practitionerId!);
      const scope = (await organizationScope(tx, card.organizationId))!;
      return {
        target: { role: "practitioner", organization: scope },
        grant: { role: "practitioner", ...none, organizationId: scope.id, practitionerId: card.id },
      };
    }
  }
}

export interface CreatedInvitation {
  id: string;
  /** Only ever in the e-mail and here; the database keeps its hash. */
  token: string;
  link: string;
  /** The invitation e-mail in the outbox; the job runner sends it after the commit. */
  mailId: string;
}

/**
 * Invites someone by e-mail to a role. The invitation, its audit record and the e-mail in the
 * outbox are written together; the e-mail is sent after the transaction commits.
 */
export async function createInvitation(caller: CurrentUser, rawInput: InvitationInput, now = new Date()): Promise<CreatedInvitation> {
  const input = parseInput(invitationInput, rawInput);
  const token = randomBytes(32).toString("base64url");
  const link = `${config.publicUrl}/${input.language}/invitations/${token}`;
  const t = translator(input.language);
  const { id, outboxId } = await db().transaction(async (tx) => {
    const { target, grant } = await resolveTarget(tx, input);
    if (!canInvite(caller, target)) throw new PermissionDenied(`invite ${input.role}`);
    const expiresAt = laterBy(now, invitationLifetime);
    const [created] = await tx
      .insert(invitation)
      .values({ email: input.email, ...grant, tokenHash: hashToken(token), invitedBy: caller.id === "system" ? null : caller.id, expiresAt, createdAt: now })
      .returning({ id: invitation.id });
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "invitation",
      entityId: created.id,
      action: "create",
      before: null,
      after: { email: input.email, ...grant, expiresAt: expiresAt.toISOString() },
    });
    const outboxId = await queueMail(tx, {
      to: input.email,
      subject: t("invitation.mailSubject"),
      text: t("invitation.mailBody", { role: t(`role.${input.role}`), link }),
    });
    return { id: created.id, outboxId };
  });
  return { id, token, link, mailId: outboxId };
}

export interface UsableInvitation {
  id: string;
  email: string;
  role: Role;
  grant: RoleGrant;
  /** Whether the address has an account already (then its owner signs in to accept). */
  accountExists: boolean;
}

async function usable(tx: Transaction | ReturnType<typeof db>, token: string, now: Date, lock: boolean) {
  const query = tx
    .select()
    .from(invitation)
    .where(eq(invitation.tokenHash, hashToken(token)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new InvitationUnusable("unknown");
  if (row.acceptedAt) throw new InvitationUnusable("used");
  if (row.expiresAt.getTime() <= now.getTime()) throw new InvitationUnusable("expired");
  return row;
}

const grantOf = (row: typeof invitation.$inferSelect): RoleGrant => ({
  role: row.role as Role,
  regionCode: row.regionCode,
  organizationId: row.organizationId,
  practitionerId: row.practitionerId,
});

/** The invitation behind a link, if it can still be accepted; throws InvitationUnusable otherwise. */
export async function findUsableInvitation(token: string, now = new Date()): Promise<UsableInvitation> {
  if (token.length > 100) throw new InvitationUnusable("unknown");
  const row = await usable(db(), token, now, false);
  const existing = await db().select({ id: user.id }).from(user).where(eq(user.email, row.email));
  return { id: row.id, email: row.email, role: row.role as Role, grant: grantOf(row), accountExists: existing.length > 0 };
}

async function markAccepted(tx: Transaction, row: typeof invitation.$inferSelect, actor: Actor, now: Date, userId: string) {
  const updated = await tx
    .update(invitation)
    .set({ acceptedAt: now })
    .where(and(eq(invitation.id, row.id), isNull(invitation.acceptedAt)))
    .returning({ id: invitation.id });
  if (updated.length === 0) throw new InvitationUnusable("used");
  await recordChange(tx, {
    actor,
    entityType: "invitation",
    entityId: row.id,
    action: "accept",
    before: { acceptedAt: null, userId: null },
    after: { acceptedAt: now.toISOString(), userId },
  });
}

/**
 * Accepts an invitation for a new account: creates the user with the invited role. Single use:
 * the row is locked, and a used or expired invitation writes nothing.
 */
export async function acceptInvitation(token: string, rawInput: AcceptInvitationInput, now = new Date()): Promise<{ userId: string; email: string }> {
  if (token.length > 100) throw new InvitationUnusable("unknown");
  const input = parseInput(acceptInvitationInput, rawInput);
  return db().transaction(async (tx) => {
    const row = await usable(tx, token, now, true);
    const existing = await tx.select({ id: user.id }).from(user).where(eq(user.email, row.email));
    if (existing.length > 0) throw new AccountExists();
    const weak = passwordIssue(input.password, { name: input.name, email: row.email });
    if (weak) throw new InvalidInput([weak]);
    const actor: Actor = { id: null, name: `${input.name} <${row.email}>` };
    const userId = await createAccount({ email: row.email, name: input.name, password: input.password, grants: [grantOf(row)] }, actor, tx);
    await markAccepted(tx, row, { id: userId, name: input.name }, now, userId);
    return { userId, email: row.email };
  });
}

/** Accepts an invitation for the signed-in user whose address it was sent to: adds the role. */
export async function acceptInvitationAsUser(token: string, caller: CurrentUser, now = new Date()): Promise<void> {
  if (token.length > 100) throw new InvitationUnusable("unknown");
  await db().transaction(async (tx) => {
    const row = await usable(tx, token, now, true);
    if (row.email !== caller.email.trim().toLowerCase()) throw new PermissionDenied("accept an invitation sent to another address");
    const grant = grantOf(row);
    const held = caller.grants.some(
      (g) =>
        g.role === grant.role && g.regionCode === grant.regionCode && g.organizationId === grant.organizationId && g.practitionerId === grant.practitionerId,
    );
    if (!held) {
      const [assigned] = await tx
        .insert(roleAssignment)
        .values({ userId: caller.id, ...grant })
        .returning({ id: roleAssignment.id });
      await recordChange(tx, {
        actor: actorOf(caller),
        entityType: "role_assignment",
        entityId: assigned.id,
        action: "create",
        before: null,
        after: { userId: caller.id, ...grant },
      });
    }
    await markAccepted(tx, row, actorOf(caller), now, caller.id);
  });
}
