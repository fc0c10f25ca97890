import { eq, inArray } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { anAccountUser, anOrganization, aPractitioner, issuesOf, system, unique } from "../../../tests/support/fixtures";
import { db } from "../../kit/db/db.server";
import { addMember, createGroup } from "../../governance/public.server";
import { groupStorage } from "../storage.server";
import { documentContent, documentVersion, groupDocument } from "../schema.server";
import { addDocumentVersion, deleteDocument, uploadDocument } from "./documents.server";
import { purgeDeletedDocuments } from "./purge.server";

// 600 bytes of PDF: two fit in a 1,500-byte room, three do not.
const pdf = () => ({ name: "muistio.pdf", bytes: new TextEncoder().encode(`%PDF-1.7\n${"x".repeat(590)}\n`) });

async function aGroupWithMember() {
  const org = await anOrganization();
  const card = await aPractitioner(org.id);
  const groupId = await createGroup(system, { regionCode: "maakunta_19", type: "working", name: { fi: unique("Työryhmä ") }, description: {} });
  await addMember(system, groupId, { organizationId: org.id, practitionerId: card, position: "chair", startsOn: "2020-01-01" });
  return { groupId, chair: await anAccountUser({ role: "practitioner", practitionerId: card }) };
}

const versionsOf = (groupId: string) =>
  db()
    .select({ id: documentVersion.id })
    .from(documentVersion)
    .innerJoin(groupDocument, eq(groupDocument.id, documentVersion.documentId))
    .where(eq(groupDocument.groupId, groupId));

afterEach(() => {
  delete process.env.ELO_GROUP_STORAGE_QUOTA_MB;
});

describe("group storage", { timeout: 120_000 }, () => {
  it("refuses an upload or a new version over the group's quota, writing nothing, and counts deleted documents out", async () => {
    process.env.ELO_GROUP_STORAGE_QUOTA_MB = "0.0015";
    const g = await aGroupWithMember();
    const first = await uploadDocument(g.chair, g.groupId, { title: "Yksi" }, pdf());
    await addDocumentVersion(g.chair, first, pdf());
    expect(await groupStorage(g.groupId)).toEqual({ used: 1200, quota: 1500 });

    expect(await issuesOf(uploadDocument(g.chair, g.groupId, { title: "Kolme" }, pdf()))).toEqual(["file:documents.validation.quota"]);
    expect(await issuesOf(addDocumentVersion(g.chair, first, pdf()))).toEqual(["file:documents.validation.quota"]);
    expect(await versionsOf(g.groupId)).toHaveLength(2);
    expect(await db().select().from(groupDocument).where(eq(groupDocument.groupId, g.groupId))).toHaveLength(1);

    await deleteDocument(g.chair, first);
    expect((await groupStorage(g.groupId)).used).toBe(0);
    await uploadDocument(g.chair, g.groupId, { title: "Uusi" }, pdf());
  });

  it("purges the bytes of documents deleted longer ago than the period and keeps newer ones", async () => {
    const g = await aGroupWithMember();
    const old = await uploadDocument(g.chair, g.groupId, { title: "Vanha" }, pdf());
    const recent = await uploadDocument(g.chair, g.groupId, { title: "Tuore" }, pdf());
    const kept = await uploadDocument(g.chair, g.groupId, { title: "Voimassa" }, pdf());
    await deleteDocument(g.chair, old);
    await deleteDocument(g.chair, recent);
    const now = new Date();
    await db()
      .update(groupDocument)
      .set({ deletedAt: new Date(now.getTime() - 31 * 24 * 60 * 60 * 1000) })
      .where(eq(groupDocument.id, old));
    await db()
      .update(groupDocument)
      .set({ deletedAt: new Date(now.getTime() - 29 * 24 * 60 * 60 * 1000) })
      .where(eq(groupDocument.id, recent));

    expect(await purgeDeletedDocuments(now, 30)).toBeGreaterThanOrEqual(1);
    const contentOf = async (documentId: string) =>
      db()
        .select({ id: documentContent.versionId })
        .from(documentContent)
        .where(
          inArray(documentContent.versionId, db().select({ id: documentVersion.id }).from(documentVersion).where(eq(documentVersion.documentId, documentId))),
        );
    expect(await contentOf(old)).toHaveLength(0);
    expect(await contentOf(recent)).toHaveLength(1);
    expect(await contentOf(kept)).toHaveLength(1);
    // The rows stay for the audit trail; a second run has nothing left of this group to purge.
    expect(await versionsOf(g.groupId)).toHaveLength(3);
    await purgeDeletedDocuments(now, 30);
    expect(await contentOf(recent)).toHaveLength(1);
  });
});
