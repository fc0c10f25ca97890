import { and, eq } from "drizzle-orm";
import type { CurrentUser } from "../kit/permissions/roles";
import { addDocumentVersion, uploadDocument } from "../documents/commands/documents.server";
import { documentVersion, groupDocument } from "../documents/schema.server";
import type { Transaction } from "../kit/db/db.server";
import { markAllRead } from "../notifications/commands/mark-read.server";

interface DemoDocument {
  group: string;
  title: string;
  /** Each version's file name and text; the last one is the current version. */
  versions: { fileName: string; text: string; at: string }[];
}

const documents: DemoDocument[] = [
  {
    group: "kainuu-opinraitti",
    title: "Opinraitti.fi-palvelun sisältösuunnitelma",
    versions: [
      {
        fileName: "opinraitti-sisaltosuunnitelma.md",
        text: "# Opinraitti.fi – sisältösuunnitelma\n\n- Opiskelu ja koulutustarjonta\n- Opintojen rahoitus\n- Pikalinkit elämäntilanteittain\n",
        at: "2026-09-02T09:00:00Z",
      },
      {
        fileName: "opinraitti-sisaltosuunnitelma.md",
        text: "# Opinraitti.fi – sisältösuunnitelma\n\n- Opiskelu ja koulutustarjonta\n- Opintojen rahoitus\n- Pikalinkit elämäntilanteittain\n- Maahanmuuttajien sivut englanniksi ja venäjäksi\n",
        at: "2026-11-16T12:30:00Z",
      },
    ],
  },
  {
    group: "kainuu-opinraitti",
    title: "Työryhmän muistio 3/2026",
    versions: [
      {
        fileName: "muistio-3-2026.txt",
        text: "Opinraitti-työryhmän kokous 3/2026\n\n1. Liikkuvan palvelupisteen syksyn käynnit\n2. Toimialapäivien ohjelma\n3. Seuraava kokous\n",
        at: "2026-10-21T13:00:00Z",
      },
    ],
  },
  {
    group: "lappi-koordinaatio",
    title: "Ohjaajaverkostokartan päivitysohje",
    versions: [
      {
        fileName: "verkostokartan-päivitysohje.md",
        text: "# Ohjaajaverkostokartan päivitys\n\nJokainen yhdyshenkilö tarkistaa organisaationsa tiedot kahdesti vuodessa.\n",
        at: "2026-03-10T08:00:00Z",
      },
    ],
  },
];

/**
 * A few documents in the Kainuu Opinraitti working group and the Lapland coordination group,
 * uploaded through the document commands in the order of their dates: the Kainuu ones by the demo
 * practitioner (the group's secretary), the Lapland one by the region's coordinator. The group's
 * members are notified of each; `reader` (Kainuun ammattiopisto's contact person) has read every
 * notification by the time the newest version arrives, so exactly that one is unread.
 */
export async function loadDemoDocuments(
  tx: Transaction,
  groupIds: Map<string, string>,
  uploaders: Record<string, CurrentUser>,
  reader: CurrentUser,
): Promise<void> {
  const uploads = documents.flatMap((d) => d.versions.map((v, i) => ({ d, v, first: i === 0 }))).sort((a, b) => a.v.at.localeCompare(b.v.at));
  const ids = new Map<DemoDocument, string>();
  for (const [n, { d, v, first }] of uploads.entries()) {
    const file = { name: v.fileName, bytes: new TextEncoder().encode(v.text) };
    if (n === uploads.length - 1) await markAllRead(reader, tx);
    if (first) ids.set(d, await uploadDocument(uploaders[d.group], groupIds.get(d.group)!, { title: d.title }, file, tx));
    const documentId = ids.get(d)!;
    const version = first ? 1 : await addDocumentVersion(uploaders[d.group], documentId, file, tx);
    // Back-dated to the document's own dates (the commands write the time of loading).
    const at = new Date(v.at);
    if (first) await tx.update(groupDocument).set({ createdAt: at }).where(eq(groupDocument.id, documentId));
    await tx
      .update(documentVersion)
      .set({ uploadedAt: at })
      .where(and(eq(documentVersion.documentId, documentId), eq(documentVersion.version, version)));
  }
}
