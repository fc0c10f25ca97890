import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anAccountUser, anOrganization, aPractitioner, failure, issuesOf, system, unique } from "../../../tests/support/fixtures";
import { auditEvent } from "../../audit/schema.server";
import { db } from "../../kit/db/db.server";
import { PermissionDenied } from "../../kit/validation/errors";
import { addMember, createGroup } from "../../governance/public.server";
import { outboxMessage } from "../../mail/schema.server";
import { notification } from "../../notifications/schema.server";
import { documentsOfGroup, getDocument, versionFile } from "../queries.server";
import { documentContent, documentVersion, groupDocument } from "../schema.server";
import { addDocumentVersion, deleteDocument, uploadDocument } from "./documents.server";

const pdf = (text = "muistio") => ({ name: "Pöytäkirja.pdf", bytes: new TextEncoder().encode(`%PDF-1.7\n${text}\n`) });
const documentsIn = (groupId: string) => db().select().from(groupDocument).where(eq(groupDocument.groupId, groupId));
const notificationsOf = (userId: string) => db().select().from(notification).where(eq(notification.userId, userId));

/** A group with a chair and secretary (organisation A), a member (organisation B), and people around it. */
async function aGroupWithPeople() {
  const a = await anOrganization();
  const b = await anOrganization();
  const elsewhere = await anOrganization();
  const chairCard = await aPractitioner(a.id);
  const secretaryCard = await aPractitioner(a.id);
  const memberCard = await aPractitioner(b.id);
  const pastCard = await aPractitioner(elsewhere.id);
  const otherCard = await aPractitioner(elsewhere.id);
  const groupId = await createGroup(system, {
    regionCode: "maakunta_19",
    type: "coordination",
    name: { fi: unique("Koordinaatioryhmä "), sv: "Koordinationsgrupp" },
    description: {},
  });
  const otherGroup = await createGroup(system, { regionCode: "maakunta_19", type: "working", name: { fi: unique("Työryhmä ") }, description: {} });
  await addMember(system, groupId, { organizationId: a.id, practitionerId: chairCard, position: "chair", startsOn: "2020-01-01" });
  await addMember(system, groupId, { organizationId: a.id, practitionerId: secretaryCard, position: "secretary", startsOn: "2020-01-01" });
  await addMember(system, groupId, { organizationId: b.id, practitionerId: memberCard, position: "member", startsOn: "2020-01-01" });
  await addMember(system, groupId, {
    organizationId: elsewhere.id,
    practitionerId: pastCard,
    position: "member",
    startsOn: "2020-01-01",
    endsOn: "2021-12-31",
  });
  await addMember(system, otherGroup, { organizationId: elsewhere.id, practitionerId: otherCard, position: "member", startsOn: "2020-01-01" });
  return {
    groupId,
    chair: await anAccountUser({ role: "practitioner", practitionerId: chairCard }),
    secretary: await anAccountUser({ role: "practitioner", practitionerId: secretaryCard }),
    member: await anAccountUser({ role: "practitioner", practitionerId: memberCard }),
    memberContact: await anAccountUser({ role: "contact_person", organizationId: b.id }),
    pastMember: await anAccountUser({ role: "practitioner", practitionerId: pastCard }),
    otherGroupsMember: await anAccountUser({ role: "practitioner", practitionerId: otherCard }),
    otherContact: await anAccountUser({ role: "contact_person", organizationId: elsewhere.id }),
    coordinator: await anAccountUser({ role: "coordinator", regionCode: "maakunta_19" }),
    otherCoordinator: await anAccountUser({ role: "coordinator", regionCode: "maakunta_18" }),
  };
}

describe("group documents", { timeout: 120_000 }, () => {
  it("are uploaded by members and coordinators, refused to everyone else with nothing written", async () => {
    const g = await aGroupWithPeople();
    for (const caller of [g.pastMember, g.otherGroupsMember, g.otherContact, g.otherCoordinator])
      expect(await failure(uploadDocument(caller, g.groupId, { title: "Kaapattu" }, pdf()))).toBeInstanceOf(PermissionDenied);
    expect(await documentsIn(g.groupId)).toHaveLength(0);
    for (const caller of [g.chair, g.member, g.memberContact, g.coordinator]) await uploadDocument(caller, g.groupId, { title: unique("Muistio ") }, pdf());
    expect(await documentsIn(g.groupId)).toHaveLength(4);
  });

  it("keep every version, notify the other current members in the same transaction and record the audit trail", async () => {
    const g = await aGroupWithPeople();
    const title = unique("Toimintasuunnitelma ");
    const id = await uploadDocument(g.member, g.groupId, { title }, pdf("v1"));
    const [listed] = await documentsOfGroup(g.groupId);
    expect(listed).toMatchObject({ id, title, version: 1, fileName: "Pöytäkirja.pdf" });
    expect(listed).not.toHaveProperty("bytes");

    // Members and the member organisation's contact person hear of it; not the uploader, former members or outsiders.
    for (const told of [g.chair, g.secretary, g.memberContact]) {
      const [n] = await notificationsOf(told.id);
      expect(n).toMatchObject({ kind: "document.version", messageKey: "notifications.message.documentVersion", link: `/work/documents/${id}`, readAt: null });
      expect(n.values).toMatchObject({ title, version: 1 });
    }
    for (const untold of [g.member, g.pastMember, g.otherGroupsMember, g.coordinator]) expect(await notificationsOf(untold.id)).toHaveLength(0);
    const [mail] = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, g.chair.email));
    expect(mail.subject).toContain(title);
    expect(mail.body).toContain(`/fi/work/documents/${id}`);

    expect(await addDocumentVersion(g.chair, id, { name: "Pöytäkirja v2.pdf", bytes: new TextEncoder().encode("%PDF-1.7\nv2\n") })).toBe(2);
    const found = await getDocument(id);
    expect(found!.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(Buffer.from((await versionFile(id, 1)).bytes).toString()).toContain("v1");
    expect(Buffer.from((await versionFile(id, 2)).bytes).toString()).toContain("v2");
    expect(await notificationsOf(g.member.id)).toHaveLength(1);
    expect(await notificationsOf(g.secretary.id)).toHaveLength(2);

    const versionIds = found!.versions.map((v) => v.id);
    const audit = await db()
      .select()
      .from(auditEvent)
      .where(inArray(auditEvent.entityId, [id, ...versionIds]));
    expect(audit.map((e) => `${e.entityType}:${e.action}`).sort()).toEqual(["document_version:create", "document_version:create", "group_document:create"]);
  });

  it("refuse bad input with every problem named, writing no document, version, file or notification", async () => {
    const g = await aGroupWithPeople();
    const disguised = { name: "ohjelma.pdf", bytes: new TextEncoder().encode("MZ\u0000\u0000") };
    expect(await issuesOf(uploadDocument(g.member, g.groupId, { title: "  " }, disguised))).toEqual([
      "title:validation.required",
      "file:documents.validation.content",
    ]);
    expect(await issuesOf(uploadDocument(g.member, g.groupId, { title: "Sivu" }, { name: "sivu.html", bytes: new TextEncoder().encode("<script>") }))).toEqual([
      "file:documents.validation.type",
    ]);
    expect(await issuesOf(uploadDocument(g.member, g.groupId, { title: "Tyhjä" }, null))).toEqual(["file:validation.required"]);
    expect(await issuesOf(uploadDocument(g.member, g.groupId, { title: "x".repeat(201) }, pdf()))).toEqual(["title:validation.tooLong"]);
    expect(await documentsIn(g.groupId)).toHaveLength(0);
    expect(await notificationsOf(g.chair.id)).toHaveLength(0);

    const id = await uploadDocument(g.member, g.groupId, { title: "Oikea" }, pdf());
    expect(await issuesOf(addDocumentVersion(g.member, id, { name: "tyhjä.pdf", bytes: new Uint8Array() }))).toEqual(["file:documents.validation.empty"]);
    expect(await failure(addDocumentVersion(g.otherCoordinator, id, pdf()))).toBeInstanceOf(PermissionDenied);
    expect(await db().select().from(documentVersion).where(eq(documentVersion.documentId, id))).toHaveLength(1);
    expect(await notificationsOf(g.chair.id)).toHaveLength(1);
  });

  it("are deleted (hidden) by the uploader, the chair, the secretary or the coordinator only", async () => {
    const g = await aGroupWithPeople();
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await uploadDocument(g.member, g.groupId, { title: `Asiakirja ${i}` }, pdf()));
    for (const caller of [g.memberContact, g.otherGroupsMember, g.otherContact, g.otherCoordinator, g.pastMember])
      expect(await failure(deleteDocument(caller, ids[0]))).toBeInstanceOf(PermissionDenied);
    expect(await documentsOfGroup(g.groupId)).toHaveLength(4);
    await deleteDocument(g.member, ids[0]);
    await deleteDocument(g.chair, ids[1]);
    await deleteDocument(g.secretary, ids[2]);
    await deleteDocument(g.coordinator, ids[3]);
    expect(await documentsOfGroup(g.groupId)).toHaveLength(0);
    expect(await getDocument(ids[0])).toBeNull();
    // The rows stay (soft delete) and the deletion is in the audit trail; deleting twice finds nothing.
    const [row] = await db().select().from(groupDocument).where(eq(groupDocument.id, ids[1]));
    expect(row.deletedBy).toBe(g.chair.name);
    expect(
      await db()
        .select()
        .from(documentContent)
        .innerJoin(documentVersion, eq(documentVersion.id, documentContent.versionId))
        .where(eq(documentVersion.documentId, ids[1])),
    ).toHaveLength(1);
    const [event] = await db()
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityId, ids[1]), eq(auditEvent.action, "delete")));
    expect(event.actorUserId).toBe(g.chair.id);
    expect(await failure(deleteDocument(g.coordinator, ids[1]))).toMatchObject({ message: expect.stringContaining("Not found") });
  });
});
