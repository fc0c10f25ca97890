import { config } from "../kit/config.server";
import { dailyAt, defineTask } from "~/jobs/public.server";
import { purgeDeletedDocuments } from "./commands/purge.server";

/** The bytes of documents deleted longer ago than ELO_DELETED_DOCUMENT_DAYS go; a repeated run finds nothing more. */
export const purgeDeletedDocumentsTask = defineTask("documents.purge-deleted", {
  maxAttempts: 3,
  run: async () => {
    const purged = await purgeDeletedDocuments(new Date(), config.deletedDocumentDays);
    if (purged) console.log(`Purged the files of ${purged} deleted document versions.`);
  },
});

/** Every night at 03:00 Finnish time, when no one is uploading. */
export const documentSchedules = [dailyAt(purgeDeletedDocumentsTask, "03:00")] as const;
