import { and, eq, isNull, sql, sum } from "drizzle-orm";
import { config } from "../kit/config.server";
import { db, type Transaction } from "../kit/db/db.server";
import { throwIfIssues } from "../kit/validation/errors";
import { documentVersion, groupDocument } from "./schema.server";

/**
 * A group's storage quota (decision 0181): the bytes of every version of its documents that are
 * not deleted count against `ELO_GROUP_STORAGE_QUOTA_MB`. Deleted documents no longer count; their
 * bytes are purged after `ELO_DELETED_DOCUMENT_DAYS` (purge.server.ts).
 */
export async function groupStorageUsed(executor: Transaction | ReturnType<typeof db>, groupId: string): Promise<number> {
  const [row] = await executor
    .select({ used: sum(documentVersion.size) })
    .from(documentVersion)
    .innerJoin(groupDocument, eq(groupDocument.id, documentVersion.documentId))
    .where(and(eq(groupDocument.groupId, groupId), isNull(groupDocument.deletedAt)));
  return Number(row?.used ?? 0);
}

export async function groupStorage(groupId: string) {
  return { used: await groupStorageUsed(db(), groupId), quota: config.groupStorageQuotaBytes };
}

const megabytes = (bytes: number) => Math.round(bytes / 100_000) / 10;

/**
 * Refuses a file that does not fit in the group's room, as a problem of the form's file field.
 * Uploads to one group wait for each other here, so two cannot both take the last room.
 */
export async function requireRoom(tx: Transaction, groupId: string, bytes: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`group-storage:${groupId}`}))`);
  const used = await groupStorageUsed(tx, groupId);
  const quota = config.groupStorageQuotaBytes;
  if (used + bytes > quota) throwIfIssues([{ path: "file", key: "documents.validation.quota", values: { used: megabytes(used), quota: megabytes(quota) } }]);
}
