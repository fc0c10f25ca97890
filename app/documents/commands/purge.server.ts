import { and, eq, inArray, isNotNull, lt } from "drizzle-orm";
import { db } from "../../kit/db/db.server";
import { documentContent, documentVersion, groupDocument } from "../schema.server";

/**
 * Removes the bytes of documents deleted more than `days` days before `now`. The document and
 * version rows stay (titles, file names, sizes and checksums) for the audit trail; only the files'
 * content goes. Returns how many files were purged.
 */
export async function purgeDeletedDocuments(now: Date, days: number): Promise<number> {
  const before = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const deletedLongAgo = db()
    .select({ id: documentVersion.id })
    .from(documentVersion)
    .innerJoin(groupDocument, eq(groupDocument.id, documentVersion.documentId))
    .where(and(isNotNull(groupDocument.deletedAt), lt(groupDocument.deletedAt, before)));
  const purged = await db().delete(documentContent).where(inArray(documentContent.versionId, deletedLongAgo)).returning({ id: documentContent.versionId });
  return purged.length;
}
