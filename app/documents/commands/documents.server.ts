import { createHash } from "node:crypto";
import { and, eq, inArray, isNull, max, or } from "drizzle-orm";
import { roleAssignment } from "~/accounts/public.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { issuesFromZod } from "../../kit/validation/fields";
import { type Issue, NotFound, requirePermission, throwIfIssues } from "../../kit/validation/errors";
import { isCurrent } from "../../governance/public";
import { loadGroupWithMemberships } from "../../governance/public.server";
import { actorOf } from "~/network-map/public.server";
import { notify } from "~/notifications/public.server";
import { checkFile } from "../files";
import { documentInput, type DocumentInput, type UploadedFile } from "../inputs";
import { canDeleteGroupDocument, canUploadGroupDocument, type DocumentGroupScope } from "../permissions";
import { documentContent, documentVersion, groupDocument } from "../schema.server";
import { requireRoom } from "../storage.server";
import { todayInFinland } from "../../kit/dates/calendar";

/** The group with all its memberships, or null. */
export async function loadDocumentGroup(
  executor: Transaction | ReturnType<typeof db>,
  groupId: string,
): Promise<(DocumentGroupScope & { id: string; name: Record<string, string | undefined> }) | null> {
  return loadGroupWithMemberships(executor, groupId);
}

function fileIssues(file: UploadedFile | null): Issue[] {
  if (!file) return [{ path: "file", key: "validation.required" }];
  const checked = checkFile(file.name, file.bytes);
  return checked.problem ? [{ path: "file", key: `documents.validation.${checked.problem}` as Issue["key"] }] : [];
}

/** The users who are the group's members today: named practitioners and contact persons of member organisations. */
async function memberUserIds(tx: Transaction, group: DocumentGroupScope, today: string): Promise<string[]> {
  const current = group.memberships.filter((m) => isCurrent(m, today));
  const cards = current.map((m) => m.practitionerId).filter((id): id is string => !!id);
  const organizations = current.map((m) => m.organizationId);
  if (current.length === 0) return [];
  const conditions = [and(eq(roleAssignment.role, "contact_person"), inArray(roleAssignment.organizationId, organizations))];
  if (cards.length) conditions.push(and(eq(roleAssignment.role, "practitioner"), inArray(roleAssignment.practitionerId, cards)));
  const rows = await tx
    .selectDistinct({ userId: roleAssignment.userId })
    .from(roleAssignment)
    .where(or(...conditions));
  return rows.map((r) => r.userId);
}

async function storeVersion(tx: Transaction, caller: CurrentUser, groupId: string, documentId: string, version: number, file: UploadedFile) {
  const checked = checkFile(file.name, file.bytes);
  if (checked.problem) throw new Error("unchecked file");
  await requireRoom(tx, groupId, file.bytes.byteLength);
  const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  const row = {
    documentId,
    version,
    fileName: checked.fileName,
    contentType: checked.contentType,
    size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    uploadedByUserId: caller.id === "system" ? null : caller.id,
    uploadedByName: actorOf(caller).name,
  };
  const [created] = await tx.insert(documentVersion).values(row).returning({ id: documentVersion.id });
  await tx.insert(documentContent).values({ versionId: created.id, bytes });
  await recordChange(tx, { actor: actorOf(caller), entityType: "document_version", entityId: created.id, action: "create", before: null, after: row });
  return created.id;
}

async function notifyMembers(
  tx: Transaction,
  caller: CurrentUser,
  group: DocumentGroupScope & { id: string; name: Record<string, string | undefined> },
  documentId: string,
  title: string,
  version: number,
) {
  const recipients = (await memberUserIds(tx, group, todayInFinland())).filter((id) => id !== caller.id);
  return notify(tx, recipients, {
    kind: "document.version",
    messageKey: "notifications.message.documentVersion",
    values: { title, version, group: group.name },
    link: `/work/documents/${documentId}`,
  });
}

/**
 * Adds a document to a group with its first version; the group's members are notified. With
 * `executor` it runs in the caller's transaction, and the caller delivers the mail after committing.
 */
export async function uploadDocument(
  caller: CurrentUser,
  groupId: string,
  raw: DocumentInput,
  file: UploadedFile | null,
  executor?: Transaction,
): Promise<string> {
  const run = async (tx: Transaction) => {
    const group = await loadDocumentGroup(tx, groupId);
    if (!group) throw new NotFound(`group ${groupId}`);
    requirePermission(canUploadGroupDocument(caller, group, todayInFinland()), `upload to group ${groupId}`);
    const parsed = documentInput.safeParse(raw);
    // Every problem at once: the title's and the file's.
    throwIfIssues([...(parsed.success ? [] : issuesFromZod(parsed.error)), ...fileIssues(file)]);
    const title = parsed.data!.title;
    const doc = { groupId, title, createdByUserId: caller.id === "system" ? null : caller.id };
    const [created] = await tx.insert(groupDocument).values(doc).returning({ id: groupDocument.id });
    await recordChange(tx, { actor: actorOf(caller), entityType: "group_document", entityId: created.id, action: "create", before: null, after: doc });
    await storeVersion(tx, caller, groupId, created.id, 1, file!);
    const { mailIds } = await notifyMembers(tx, caller, group, created.id, title, 1);
    return { id: created.id, mailIds };
  };
  return (await (executor ? run(executor) : db().transaction(run))).id;
}

/** Adds a new version; the earlier ones stay downloadable. The group's members are notified. */
export async function addDocumentVersion(caller: CurrentUser, documentId: string, file: UploadedFile | null, executor?: Transaction): Promise<number> {
  const run = async (tx: Transaction) => {
    // Locking the document serialises uploads so that two versions cannot get the same number.
    const [doc] = await tx
      .select()
      .from(groupDocument)
      .where(and(eq(groupDocument.id, documentId), isNull(groupDocument.deletedAt)))
      .for("update");
    if (!doc) throw new NotFound(`document ${documentId}`);
    const group = (await loadDocumentGroup(tx, doc.groupId))!;
    requirePermission(canUploadGroupDocument(caller, group, todayInFinland()), `upload to document ${documentId}`);
    throwIfIssues(fileIssues(file));
    const [{ latest }] = await tx
      .select({ latest: max(documentVersion.version) })
      .from(documentVersion)
      .where(eq(documentVersion.documentId, documentId));
    const version = (latest ?? 0) + 1;
    await storeVersion(tx, caller, doc.groupId, documentId, version, file!);
    const { mailIds } = await notifyMembers(tx, caller, group, documentId, doc.title, version);
    return { version, mailIds };
  };
  return (await (executor ? run(executor) : db().transaction(run))).version;
}

/** Hides a document and all its versions from lists and downloads; the rows stay for the audit trail. */
export async function deleteDocument(caller: CurrentUser, documentId: string): Promise<void> {
  await db().transaction(async (tx) => {
    const [doc] = await tx
      .select()
      .from(groupDocument)
      .where(and(eq(groupDocument.id, documentId), isNull(groupDocument.deletedAt)))
      .for("update");
    if (!doc) throw new NotFound(`document ${documentId}`);
    const group = (await loadDocumentGroup(tx, doc.groupId))!;
    requirePermission(canDeleteGroupDocument(caller, group, doc, todayInFinland()), `delete document ${documentId}`);
    const deletedAt = new Date();
    const deletedBy = actorOf(caller).name;
    await tx.update(groupDocument).set({ deletedAt, deletedBy }).where(eq(groupDocument.id, documentId));
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "group_document",
      entityId: documentId,
      action: "delete",
      before: { title: doc.title, deletedAt: null },
      after: { title: doc.title, deletedAt: deletedAt.toISOString(), deletedBy },
    });
  });
}
