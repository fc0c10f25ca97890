import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "../kit/db/db.server";
import { documentContent, documentVersion, groupDocument } from "./schema.server";

/** A group's documents (not deleted) with their latest version, by Finnish title. Never reads file bytes. */
export async function documentsOfGroup(groupId: string) {
  const latest = db()
    .selectDistinctOn([documentVersion.documentId], {
      documentId: documentVersion.documentId,
      version: documentVersion.version,
      fileName: documentVersion.fileName,
      size: documentVersion.size,
      uploadedAt: documentVersion.uploadedAt,
      uploadedByName: documentVersion.uploadedByName,
    })
    .from(documentVersion)
    .where(inArray(documentVersion.documentId, db().select({ id: groupDocument.id }).from(groupDocument).where(eq(groupDocument.groupId, groupId))))
    .orderBy(documentVersion.documentId, desc(documentVersion.version))
    .as("latest");
  return db()
    .select({
      id: groupDocument.id,
      title: groupDocument.title,
      version: latest.version,
      fileName: latest.fileName,
      size: latest.size,
      uploadedAt: latest.uploadedAt,
      uploadedByName: latest.uploadedByName,
    })
    .from(groupDocument)
    .innerJoin(latest, eq(latest.documentId, groupDocument.id))
    .where(and(eq(groupDocument.groupId, groupId), isNull(groupDocument.deletedAt)))
    .orderBy(sql`${groupDocument.title} collate "fi-FI-x-icu"`, asc(groupDocument.createdAt));
}

/** A document that is not deleted, with its versions newest first (without bytes). */
export async function getDocument(id: string) {
  const [document] = await db()
    .select()
    .from(groupDocument)
    .where(and(eq(groupDocument.id, id), isNull(groupDocument.deletedAt)));
  if (!document) return null;
  const versions = await db()
    .select({
      id: documentVersion.id,
      version: documentVersion.version,
      fileName: documentVersion.fileName,
      contentType: documentVersion.contentType,
      size: documentVersion.size,
      uploadedAt: documentVersion.uploadedAt,
      uploadedByName: documentVersion.uploadedByName,
    })
    .from(documentVersion)
    .where(eq(documentVersion.documentId, id))
    .orderBy(desc(documentVersion.version));
  return { document, versions };
}

/** One version's file with its bytes, for the download route only. */
export async function versionFile(documentId: string, version: number) {
  const [row] = await db()
    .select({ fileName: documentVersion.fileName, contentType: documentVersion.contentType, bytes: documentContent.bytes })
    .from(documentVersion)
    .innerJoin(documentContent, eq(documentContent.versionId, documentVersion.id))
    .where(and(eq(documentVersion.documentId, documentId), eq(documentVersion.version, version)));
  return row ?? null;
}
