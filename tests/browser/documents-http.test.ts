import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { createGroup } from "../../app/governance/commands/group.server";
import { addMember } from "../../app/governance/commands/membership.server";
import { documentVersion, groupDocument } from "../../app/documents/schema.server";
import { notification } from "../../app/notifications/schema.server";
import { anAccount, anOrganization, aPractitioner, system, unique } from "../support/fixtures";
import { appUrl } from "../support/browser";
import { get, postForm, signIn } from "../support/http";

const pdfBytes = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);

function upload(path: string, fields: Record<string, string>, file: { name: string; bytes: Uint8Array; type?: string } | null, cookie?: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/pdf" }), file.name);
  return fetch(appUrl(path), { method: "POST", body: form, headers: { origin: appUrl(), ...(cookie ? { cookie } : {}) }, redirect: "manual" });
}

async function aGroup() {
  const a = await anOrganization();
  const b = await anOrganization();
  const elsewhere = await anOrganization();
  const chairCard = await aPractitioner(a.id);
  const memberCard = await aPractitioner(b.id);
  const otherCard = await aPractitioner(elsewhere.id);
  const groupId = await createGroup(system, { regionCode: "maakunta_19", type: "coordination", name: { fi: unique("Koordinaatioryhmä ") }, description: {} });
  const otherGroup = await createGroup(system, { regionCode: "maakunta_19", type: "working", name: { fi: unique("Työryhmä ") }, description: {} });
  await addMember(system, groupId, { organizationId: a.id, practitionerId: chairCard, position: "chair", startsOn: "2020-01-01" });
  await addMember(system, groupId, { organizationId: b.id, practitionerId: memberCard, position: "member", startsOn: "2020-01-01" });
  await addMember(system, otherGroup, { organizationId: elsewhere.id, practitionerId: otherCard, position: "member", startsOn: "2020-01-01" });
  const accounts = {
    chair: await anAccount({ role: "practitioner", practitionerId: chairCard }),
    member: await anAccount({ role: "practitioner", practitionerId: memberCard }),
    coordinator: await anAccount({ role: "coordinator", regionCode: "maakunta_19" }),
    otherGroupsMember: await anAccount({ role: "practitioner", practitionerId: otherCard }),
    otherContact: await anAccount({ role: "contact_person", organizationId: elsewhere.id }),
    otherCoordinator: await anAccount({ role: "coordinator", regionCode: "maakunta_18" }),
  };
  const cookies = Object.fromEntries(await Promise.all(Object.entries(accounts).map(async ([k, v]) => [k, await signIn(v)] as const))) as Record<
    keyof typeof accounts,
    string
  >;
  return { groupId, accounts, cookies };
}

describe("group documents over HTTP", { timeout: 180_000 }, () => {
  it("upload by a member, download by readers only, with a safe name and nosniff", async () => {
    const g = await aGroup();
    const title = unique("Pöytäkirja ");
    const uploaded = await upload(
      `/fi/work/groups/${g.groupId}/documents`,
      { title },
      { name: "Pöytäkirja 1.pdf", bytes: pdfBytes("ensimmäinen") },
      g.cookies.member,
    );
    expect(uploaded.status).toBe(303);
    const location = uploaded.headers.get("location")!;
    expect(location).toMatch(/^\/fi\/work\/documents\/[0-9a-f-]{36}\?notice=uploaded$/);
    const id = location.split("/")[4].split("?")[0];
    const download = `/fi/work/documents/${id}/versions/1/download`;

    for (const reader of ["member", "chair", "coordinator"] as const) {
      const response = await get(download, g.cookies[reader]);
      expect(response.status, reader).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="Poytakirja 1.pdf"; filename*=UTF-8''P%C3%B6yt%C3%A4kirja%201.pdf`);
      expect(new TextDecoder().decode(await response.arrayBuffer())).toContain("ensimmäinen");
      expect((await get(`/fi/work/documents/${id}`, g.cookies[reader])).status).toBe(200);
      expect((await get(`/fi/work/groups/${g.groupId}/documents`, g.cookies[reader])).status).toBe(200);
    }
    for (const outsider of ["otherGroupsMember", "otherContact", "otherCoordinator"] as const) {
      const response = await get(download, g.cookies[outsider]);
      expect(response.status, outsider).toBe(403);
      expect(await response.text()).not.toContain("ensimmäinen");
      expect((await get(`/fi/work/documents/${id}`, g.cookies[outsider])).status).toBe(403);
      expect((await get(`/fi/work/groups/${g.groupId}/documents`, g.cookies[outsider])).status).toBe(403);
      expect(
        (await upload(`/fi/work/groups/${g.groupId}/documents`, { title: "Kaapattu" }, { name: "x.pdf", bytes: pdfBytes("x") }, g.cookies[outsider])).status,
      ).toBe(403);
      expect((await upload(`/fi/work/documents/${id}`, {}, { name: "x.pdf", bytes: pdfBytes("x") }, g.cookies[outsider])).status).toBe(403);
      expect((await postForm(`/fi/work/documents/${id}`, [["intent", "delete"]], g.cookies[outsider])).status).toBe(403);
    }
    const anonymous = await get(download);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toMatch(/^\/fi\/sign-in/);
    expect((await upload(`/fi/work/groups/${g.groupId}/documents`, { title: "Anonyymi" }, { name: "x.pdf", bytes: pdfBytes("x") })).status).toBe(303);
    expect(await db().select().from(groupDocument).where(eq(groupDocument.groupId, g.groupId))).toHaveLength(1);

    expect((await get(`/fi/work/documents/${id}/versions/2/download`, g.cookies.member)).status).toBe(404);
    expect((await get(`/fi/work/documents/${id}/versions/abc/download`, g.cookies.member)).status).toBe(404);
    expect((await get(`/fi/work/documents/not-a-uuid/versions/1/download`, g.cookies.member)).status).toBe(404);

    // A new version keeps the old one downloadable, and the other members hear of it.
    const second = await upload(`/fi/work/documents/${id}`, {}, { name: "Pöytäkirja 2.pdf", bytes: pdfBytes("toinen") }, g.cookies.chair);
    expect(second.status).toBe(303);
    expect(second.headers.get("location")).toBe(`/fi/work/documents/${id}?notice=version&version=2`);
    expect(new TextDecoder().decode(await (await get(download, g.cookies.member)).arrayBuffer())).toContain("ensimmäinen");
    expect(new TextDecoder().decode(await (await get(`/fi/work/documents/${id}/versions/2/download`, g.cookies.member)).arrayBuffer())).toContain("toinen");
    expect(await db().select().from(notification).where(eq(notification.userId, g.accounts.member.id))).toHaveLength(1);
    expect(await (await get("/fi/work", g.cookies.member)).text()).toContain("Ilmoitukset, 1 lukematon");

    // Deleting: not by a member who did not upload it; by the chair, after which nothing downloads.
    const byChair = await upload(
      `/fi/work/groups/${g.groupId}/documents`,
      { title: "Esityslista" },
      { name: "lista.txt", bytes: new TextEncoder().encode("1. Avaus") },
      g.cookies.chair,
    );
    const chairsId = byChair.headers.get("location")!.split("/")[4].split("?")[0];
    expect((await postForm(`/fi/work/documents/${chairsId}`, [["intent", "delete"]], g.cookies.member)).status).toBe(403);
    const deleted = await postForm(`/fi/work/documents/${id}`, [["intent", "delete"]], g.cookies.chair);
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get("location")).toBe(`/fi/work/groups/${g.groupId}/documents?notice=deleted`);
    expect((await get(download, g.cookies.member)).status).toBe(404);
    expect((await get(`/fi/work/documents/${id}`, g.cookies.coordinator)).status).toBe(404);
    expect((await get(`/fi/work/documents/${chairsId}/versions/1/download`, g.cookies.member)).headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });

  it("answers bad uploads with a translated 4xx and writes nothing", async () => {
    const g = await aGroup();
    const path = `/fi/work/groups/${g.groupId}/documents`;
    const disguised = await upload(path, { title: "" }, { name: "kuva.png", bytes: pdfBytes("x"), type: "image/png" }, g.cookies.member);
    expect(disguised.status).toBe(400);
    const html = await disguised.text();
    expect(html).toContain("Tiedoston sisältö ei vastaa sen tiedostopäätettä.");
    expect(html).toContain("Tämä tieto on pakollinen.");
    const swedish = await upload(
      `/sv/work/groups/${g.groupId}/documents`,
      { title: "Sida" },
      { name: "sida.html", bytes: new TextEncoder().encode("<script>") },
      g.cookies.member,
    );
    expect(swedish.status).toBe(400);
    expect(await swedish.text()).toContain("Filtypen är inte tillåten.");
    const none = await upload(path, { title: "Ei tiedostoa" }, null, g.cookies.member);
    expect(none.status).toBe(400);
    const big = await upload(path, { title: "Iso" }, { name: "iso.pdf", bytes: new Uint8Array(11 * 1024 * 1024).fill(0x25) }, g.cookies.member);
    expect(big.status).toBe(413);
    expect(await big.text()).toContain("Tiedosto on liian suuri: enintään 10 Mt.");
    expect(await db().select().from(groupDocument).where(eq(groupDocument.groupId, g.groupId))).toHaveLength(0);

    expect(
      await db()
        .select()
        .from(documentVersion)
        .innerJoin(groupDocument, eq(groupDocument.id, documentVersion.documentId))
        .where(eq(groupDocument.groupId, g.groupId)),
    ).toHaveLength(0);

    // The new-version form answers the same way and adds no version.
    const created = await upload(path, { title: "Oikea" }, { name: "oikea.pdf", bytes: pdfBytes("x") }, g.cookies.member);
    const id = created.headers.get("location")!.split("/")[4].split("?")[0];
    const empty = await upload(`/en/work/documents/${id}`, {}, { name: "empty.pdf", bytes: new Uint8Array() }, g.cookies.member);
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("The file is empty.");
    expect((await upload(`/fi/work/documents/${id}`, {}, null, g.cookies.member)).status).toBe(400);
    expect(await db().select().from(documentVersion).where(eq(documentVersion.documentId, id))).toHaveLength(1);
  });

  it("refuses an upload over the group's storage quota with a translated 400, writes nothing, and shows the usage", async () => {
    const g = await aGroup();
    const path = `/fi/work/groups/${g.groupId}/documents`;
    const created = await upload(path, { title: "Ensimmäinen" }, { name: "eka.pdf", bytes: pdfBytes("x") }, g.cookies.member);
    const id = created.headers.get("location")!.split("/")[4].split("?")[0];
    // The group's one version is made to fill its room (1,024 MB by default) without sending a gigabyte.
    await db().update(documentVersion).set({ size: 1_023_999_990 }).where(eq(documentVersion.documentId, id));
    const page = await (await get(path, g.cookies.member)).text();
    expect(page).toContain("Ryhmän tallennustilaa käytössä 1");
    const refused = await upload(path, { title: "Liikaa" }, { name: "liikaa.pdf", bytes: pdfBytes("y") }, g.cookies.member);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Tiedosto ei mahdu ryhmän tallennustilaan");
    const swedish = await upload(`/sv/work/documents/${id}`, {}, { name: "mer.pdf", bytes: pdfBytes("z") }, g.cookies.member);
    expect(swedish.status).toBe(400);
    expect(await swedish.text()).toContain("Filen ryms inte i gruppens lagringsutrymme");
    expect(await db().select().from(groupDocument).where(eq(groupDocument.groupId, g.groupId))).toHaveLength(1);
    expect(await db().select().from(documentVersion).where(eq(documentVersion.documentId, id))).toHaveLength(1);
  });
});
