import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { anAccount, anOrganization, aPractitioner, unique } from "../../tests/support/fixtures";
import { auditEvent } from "../audit/schema.server";
import { db } from "../kit/db/db.server";
import { InvalidInput, PermissionDenied } from "../kit/validation/errors";
import { outboxMessage } from "../mail/schema.server";
import { deliverMail } from "../mail/send-mail.server";
import { auth } from "./auth.server";
import {
  acceptInvitation,
  acceptInvitationAsUser,
  AccountExists,
  createInvitation,
  findUsableInvitation,
  hashToken,
  InvitationUnusable,
  invitationLifetimeMs,
} from "./commands/invitation.server";
import type { InvitationInput } from "./inputs";
import type { CurrentUser, RoleGrant } from "../kit/permissions/roles";
import { invitation, roleAssignment, user } from "./schema.server";

const LAPPI = "maakunta_19";
const KAINUU = "maakunta_18";

/** A real account (invitations refer to their sender) as the signed-in user it would be. */
async function caller(...grants: (Partial<RoleGrant> & Pick<RoleGrant, "role">)[]): Promise<CurrentUser> {
  const full = grants.map((g) => ({ regionCode: null, organizationId: null, practitionerId: null, ...g }));
  const account = await anAccount(...full);
  return { id: account.id, name: "Inviter", email: account.email, grants: full };
}

let lappiOrg: string;
let kainuuOrg: string;
let lappiCard: string;
let kainuuCard: string;
let admin: CurrentUser;
let lappiCoordinator: CurrentUser;
let lappiContact: CurrentUser;
let practitionerUser: CurrentUser;

beforeAll(async () => {
  lappiOrg = (await anOrganization({ regionCodes: [LAPPI] })).id;
  kainuuOrg = (await anOrganization({ regionCodes: [KAINUU] })).id;
  lappiCard = await aPractitioner(lappiOrg);
  kainuuCard = await aPractitioner(kainuuOrg);
  admin = await caller({ role: "admin" });
  lappiCoordinator = await caller({ role: "coordinator", regionCode: LAPPI });
  lappiContact = await caller({ role: "contact_person", organizationId: lappiOrg });
  practitionerUser = await caller({ role: "practitioner", practitionerId: lappiCard });
});

const email = () => `${unique("invitee-")}@example.fi`;
const targets = () => ({
  admin: { role: "admin" } as const,
  lappiCoordinator: { role: "coordinator", regionCode: LAPPI } as const,
  kainuuCoordinator: { role: "coordinator", regionCode: KAINUU } as const,
  lappiContact: { role: "contact_person", organizationId: lappiOrg } as const,
  kainuuContact: { role: "contact_person", organizationId: kainuuOrg } as const,
  lappiPractitioner: { role: "practitioner", practitionerId: lappiCard } as const,
  kainuuPractitioner: { role: "practitioner", practitionerId: kainuuCard } as const,
});
type Target = keyof ReturnType<typeof targets>;

const invite = (who: CurrentUser, target: Target, address = email(), language: "fi" | "sv" | "en" = "fi") =>
  createInvitation(who, { email: address, language, ...targets()[target] });

async function written(address: string) {
  const invitations = await db().select().from(invitation).where(eq(invitation.email, address));
  const mails = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, address));
  return { invitations: invitations.length, mails: mails.length };
}

async function expectAllowed(who: () => CurrentUser, allowed: Target[]) {
  const all = Object.keys(targets()) as Target[];
  for (const target of all) {
    const address = email();
    if (allowed.includes(target)) {
      await expect(invite(who(), target, address), target).resolves.toMatchObject({ id: expect.any(String) });
      expect(await written(address), target).toEqual({ invitations: 1, mails: 1 });
    } else {
      await expect(invite(who(), target, address), target).rejects.toBeInstanceOf(PermissionDenied);
      expect(await written(address), target).toEqual({ invitations: 0, mails: 0 });
    }
  }
}

describe("who may invite whom", () => {
  it("lets an admin invite every role anywhere", async () => {
    await expectAllowed(() => admin, Object.keys(targets()) as Target[]);
  });

  it("lets a coordinator invite within their own region's network only", async () => {
    await expectAllowed(() => lappiCoordinator, ["lappiCoordinator", "lappiContact", "lappiPractitioner"]);
  });

  it("lets a contact person invite practitioners of their own organisation only", async () => {
    await expectAllowed(() => lappiContact, ["lappiPractitioner"]);
  });

  it("lets a practitioner invite nobody", async () => {
    await expectAllowed(() => practitionerUser, []);
  });

  it("lets a coordinator of two networks invite in both", async () => {
    const both = await caller({ role: "coordinator", regionCode: LAPPI }, { role: "coordinator", regionCode: KAINUU });
    await expectAllowed(() => both, ["lappiCoordinator", "kainuuCoordinator", "lappiContact", "kainuuContact", "lappiPractitioner", "kainuuPractitioner"]);
  });
});

describe("creating an invitation", () => {
  it("stores only the token's hash, expires in 14 days and mails the link in the chosen language", async () => {
    const address = email();
    const before = Date.now();
    const created = await invite(lappiCoordinator, "lappiContact", address, "sv");
    const [row] = await db().select().from(invitation).where(eq(invitation.id, created.id));
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(row.tokenHash).not.toContain(created.token);
    expect(row).toMatchObject({ email: address, role: "contact_person", organizationId: lappiOrg, invitedBy: lappiCoordinator.id, acceptedAt: null });
    expect(row.expiresAt.getTime() - before).toBeGreaterThanOrEqual(invitationLifetimeMs - 5_000);
    expect(row.expiresAt.getTime() - before).toBeLessThanOrEqual(invitationLifetimeMs + 5_000);
    const [mail] = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, address));
    expect(mail.subject).toBe("Inbjudan till Elo");
    expect(mail.body).toContain("i rollen organisationens kontaktperson");
    expect(mail.body).toContain(`/sv/invitations/${created.token}`);
    const events = await db()
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "invitation"), eq(auditEvent.entityId, created.id)));
    expect(events.map((e) => e.action)).toEqual(["create"]);
    expect(JSON.stringify(events[0].changes)).not.toContain(created.token);
  });

  it("links a practitioner invitation to the card and its organisation", async () => {
    const created = await invite(lappiContact, "lappiPractitioner");
    const [row] = await db().select().from(invitation).where(eq(invitation.id, created.id));
    expect(row).toMatchObject({ role: "practitioner", practitionerId: lappiCard, organizationId: lappiOrg });
  });

  it("refuses a card of another organisation than the one named", async () => {
    const address = email();
    const attempt = createInvitation(admin, { email: address, language: "fi", role: "practitioner", practitionerId: kainuuCard, organizationId: lappiOrg });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInput);
    expect(await written(address)).toEqual({ invitations: 0, mails: 0 });
  });

  it("answers bad input with field errors and writes nothing", async () => {
    const cases: [InvitationInput, string, string][] = [
      [{ email: "not an address", language: "fi", role: "admin" }, "email", "validation.email"],
      [{ email: `${"a".repeat(10_000)}@example.fi`, language: "fi", role: "admin" }, "email", "validation.tooLong"],
      [{ email: email(), language: "fi", role: "coordinator" }, "regionCode", "validation.required"],
      [{ email: email(), language: "fi", role: "coordinator", regionCode: "maakunta_99" }, "regionCode", "validation.unknownCode"],
      [{ email: email(), language: "fi", role: "contact_person", organizationId: "x" }, "organizationId", "validation.uuid"],
      [{ email: email(), language: "de" as "fi", role: "admin" }, "language", "validation.invalid"],
      [{ email: email(), language: "fi", role: "owner" as "admin" }, "role", "validation.invalid"],
    ];
    for (const [input, path, key] of cases) {
      const error = await createInvitation(admin, input).catch((e: unknown) => e);
      expect(error, path).toBeInstanceOf(InvalidInput);
      expect((error as InvalidInput).issues[0]).toMatchObject({ path, key });
      expect(await written(input.email.trim().toLowerCase())).toEqual({ invitations: 0, mails: 0 });
    }
  });
});

describe("accepting an invitation", () => {
  const accounts = async (address: string) => db().select().from(user).where(eq(user.email, address));

  it("creates the account with the invited role, once", async () => {
    const address = email();
    const { token } = await invite(lappiCoordinator, "lappiContact", address);
    expect(await findUsableInvitation(token)).toMatchObject({ email: address, role: "contact_person", accountExists: false });
    const { userId } = await acceptInvitation(token, { name: "Uusi Yhdyshenkilö", password: "pitkä salasana 123" });
    const grants = await db().select().from(roleAssignment).where(eq(roleAssignment.userId, userId));
    expect(grants).toMatchObject([{ role: "contact_person", organizationId: lappiOrg, regionCode: null, practitionerId: null }]);
    const signIn = await auth().api.signInEmail({ body: { email: address, password: "pitkä salasana 123" }, asResponse: true });
    expect(signIn.status).toBe(200);

    const again = await acceptInvitation(token, { name: "Toinen", password: "toinen salasana 123" }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(InvitationUnusable);
    expect((again as InvitationUnusable).status).toBe(410);
    await expect(findUsableInvitation(token)).rejects.toMatchObject({ reason: "used" });
    expect(await accounts(address)).toHaveLength(1);
  });

  it("refuses an expired invitation and writes nothing", async () => {
    const address = email();
    const { token } = await invite(admin, "admin", address);
    const almost = new Date(Date.now() + invitationLifetimeMs - 60_000);
    const later = new Date(Date.now() + invitationLifetimeMs + 60_000);
    await expect(findUsableInvitation(token, almost)).resolves.toMatchObject({ email: address });
    const error = await acceptInvitation(token, { name: "Myöhässä", password: "pitkä salasana 123" }, later).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "expired", status: 410 });
    expect(await accounts(address)).toHaveLength(0);
  });

  it("refuses an unknown token with 404", async () => {
    const error = await acceptInvitation("no-such-token", { name: "Kuka", password: "pitkä salasana 123" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "unknown", status: 404 });
    await expect(findUsableInvitation("x".repeat(5000))).rejects.toMatchObject({ reason: "unknown" });
  });

  it("answers a 10 kB name, a name with brackets, or a short or guessable password with field errors and writes nothing", async () => {
    const address = email();
    const { id, token } = await invite(admin, "admin", address);
    for (const [input, path, key] of [
      [{ name: "n".repeat(10_000), password: "pitkä salasana 123" }, "name", "validation.tooLong"],
      [{ name: "Lyhyt", password: "lyhyt" }, "password", "password.tooShort"],
      [{ name: "Lyhyt", password: "aaaaaaaaaaaa" }, "password", "password.weak.repeat"],
      [{ name: "Kainuun koordinaattori (ylläpito)", password: "pitkä salasana 123" }, "name", "name.characters"],
      [{ name: "   ", password: "pitkä salasana 123" }, "name", "validation.required"],
    ] as const) {
      const error = await acceptInvitation(token, input).catch((e: unknown) => e);
      expect(error, path).toBeInstanceOf(InvalidInput);
      expect((error as InvalidInput).issues[0]).toMatchObject({ path, key });
    }
    expect(await accounts(address)).toHaveLength(0);
    const [row] = await db().select().from(invitation).where(eq(invitation.id, id));
    expect(row.acceptedAt).toBeNull();
  });

  it("adds the role to an existing account when its owner accepts while signed in", async () => {
    const existing = await caller({ role: "practitioner", practitionerId: lappiCard });
    const { token } = await invite(lappiCoordinator, "lappiContact", existing.email);
    expect(await findUsableInvitation(token)).toMatchObject({ accountExists: true });
    await expect(acceptInvitation(token, { name: "Joku", password: "pitkä salasana 123" })).rejects.toBeInstanceOf(AccountExists);

    await expect(acceptInvitationAsUser(token, lappiContact)).rejects.toBeInstanceOf(PermissionDenied);
    await acceptInvitationAsUser(token, existing);
    const grants = await db().select().from(roleAssignment).where(eq(roleAssignment.userId, existing.id));
    expect(grants.map((g) => g.role).sort()).toEqual(["contact_person", "practitioner"]);
    await expect(acceptInvitationAsUser(token, existing)).rejects.toMatchObject({ reason: "used" });
  });
});

describe("what the invitation page shows", () => {
  it("lists the invitations of the user's scope and offers only choices they may make", async () => {
    const { listInvitations, inviteOptions } = await import("./queries/invitations.server");
    const lappiAddress = email();
    const kainuuAddress = email();
    await invite(admin, "lappiPractitioner", lappiAddress);
    await invite(admin, "kainuuContact", kainuuAddress);
    const emailsSeenBy = async (who: CurrentUser) => {
      const { rows, total } = await listInvitations(who, 1);
      expect(total).toBeGreaterThanOrEqual(rows.length);
      return rows.map((r) => r.email);
    };
    expect(await emailsSeenBy(lappiCoordinator)).toContain(lappiAddress);
    expect(await emailsSeenBy(lappiCoordinator)).not.toContain(kainuuAddress);
    expect(await emailsSeenBy(lappiContact)).toContain(lappiAddress);
    expect(await emailsSeenBy(lappiContact)).not.toContain(kainuuAddress);
    expect(await emailsSeenBy(admin)).toEqual(expect.arrayContaining([lappiAddress, kainuuAddress]));

    const coordinatorOptions = await inviteOptions(lappiCoordinator);
    expect(coordinatorOptions.regions.map((r) => r.code)).toEqual([LAPPI]);
    expect(coordinatorOptions.organizations.map((o) => o.id)).toContain(lappiOrg);
    expect(coordinatorOptions.organizations.map((o) => o.id)).not.toContain(kainuuOrg);
    expect(coordinatorOptions.practitioners.map((p) => p.id)).toContain(lappiCard);
    expect(coordinatorOptions.practitioners.map((p) => p.id)).not.toContain(kainuuCard);

    const contactOptions = await inviteOptions(lappiContact);
    expect(contactOptions).toMatchObject({ roles: ["practitioner"], regions: [] });
    expect(contactOptions.organizations).toEqual([expect.objectContaining({ id: lappiOrg, mayInviteContactPerson: false })]);
    expect(await inviteOptions(practitionerUser)).toEqual({ roles: [], regions: [], organizations: [], practitioners: [] });
  });
});

describe("the invitation e-mail", () => {
  it("arrives through SMTP at the invitee with the link in the chosen language", async () => {
    const { startSmtpSink } = await import("../../tests/support/smtp-sink");
    const sink = await startSmtpSink();
    process.env.SMTP_URL = sink.url;
    try {
      const address = email();
      const created = await invite(lappiCoordinator, "lappiPractitioner", address, "en");
      // What the mail.deliver job does once the invitation has committed (the runner is tested in app/mail).
      expect(await deliverMail(created.mailId, { attempt: 1, maxAttempts: 1 })).toBe("sent");
      const mail = sink.mails.find((m) => m.envelopeTo.includes(address));
      expect(mail?.subject).toBe("Invitation to Elo");
      expect(mail?.text).toContain("you have been invited to Elo as practitioner");
      expect(mail?.text).toContain(created.link);
      expect(created.link).toMatch(new RegExp(`/en/invitations/${created.token}$`));
      const [stored] = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, address));
      expect(stored.sentAt).toBeInstanceOf(Date);
    } finally {
      delete process.env.SMTP_URL;
      await sink.stop();
    }
  });
});
