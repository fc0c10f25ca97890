import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { networkGroup } from "../governance/schema.server";
import { documentContent, documentVersion, groupDocument } from "../documents/schema.server";
import { notify } from "../notifications/notify.server";
import type { Transaction } from "../kit/db/db.server";

interface DemoDocument {
  group: string;
  title: string;
  /** Each version's file name and text; the last one is the current version. */
  versions: { fileName: string; contentType: string; text: string; at: string }[];
}

const documents: DemoDocument[] = [
  {
    group: "kainuu-opinraitti",
    title: "Opinraitti.fi-palvelun sisältösuunnitelma",
    versions: [
      {
        fileName: "opinraitti-sisaltosuunnitelma.md",
        contentType: "text/markdown; charset=utf-8",
        text: "# Opinraitti.fi – sisältösuunnitelma\n\n- Opiskelu ja koulutustarjonta\n- Opintojen rahoitus\n- Pikalinkit elämäntilanteittain\n",
        at: "2026-09-02T09:00:00Z",
      },
      {
        fileName: "opinraitti-sisaltosuunnitelma.md",
        contentType: "text/markdown; charset=utf-8",
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
        contentType: "text/plain; charset=utf-8",
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
        contentType: "text/markdown; charset=utf-8",
        text: "# Ohjaajaverkostokartan päivitys\n\nJokainen yhdyshenkilö tarkistaa organisaationsa tiedot kahdesti vuodessa.\n",
        at: "2026-03-10T08:00:00Z",
      },
    ],
  },
];

/**
 * A few documents in the Kainuu Opinraitti working group and the Lapland coordination group. The
 * demo practitioner (secretary of the Opinraitti group) uploaded the Kainuu ones, so the Kainuu
 * vocational college's contact person finds an unread notification of the newest version.
 */
export async function loadDemoDocuments(tx: Transaction, groupIds: Map<string, string>, uploader: { id: string; name: string }, notified: string[]): Promise<void> {
  for (const d of documents) {
    const [doc] = await tx
      .insert(groupDocument)
      .values({ groupId: groupIds.get(d.group)!, title: d.title, createdByUserId: uploader.id, createdAt: new Date(d.versions[0].at) })
      .returning({ id: groupDocument.id });
    for (const [i, v] of d.versions.entries()) {
      const bytes = Buffer.from(v.text, "utf8");
      const [row] = await tx
        .insert(documentVersion)
        .values({
          documentId: doc.id,
          version: i + 1,
          fileName: v.fileName,
          contentType: v.contentType,
          size: bytes.length,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          uploadedByUserId: uploader.id,
          uploadedByName: uploader.name,
          uploadedAt: new Date(v.at),
        })
        .returning({ id: documentVersion.id });
      await tx.insert(documentContent).values({ versionId: row.id, bytes });
    }
    if (d.group === "kainuu-opinraitti" && d.versions.length > 1)
      await notify(tx, notified, {
        kind: "document.version",
        messageKey: "notifications.message.documentVersion",
        values: { title: d.title, version: d.versions.length, group: (await tx.select({ name: networkGroup.name }).from(networkGroup).where(eq(networkGroup.id, groupIds.get(d.group)!)))[0].name },
        link: `/work/documents/${doc.id}`,
      });
  }
}
