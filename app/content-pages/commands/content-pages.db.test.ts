import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { aContentPage, failure, issuesOf, system, unique, userWith } from "../../../tests/support/fixtures";
import { auditEvent } from "../../audit/schema.server";
import { db } from "../../kit/db/db.server";
import { NotFound, PermissionDenied } from "../../kit/validation/errors";
import { loadAccessibilityStatement } from "../load-statement.server";
import { pageForEditor, publishedPage, sectionPages } from "../queries.server";
import { contentPage, contentPublication, contentVersion } from "../schema.server";
import { createPage } from "./create-page.server";
import { publishVersion, unpublishLanguage } from "./publish-version.server";
import { restoreVersion } from "./restore-version.server";
import { saveVersion } from "./save-version.server";

const versionsOf = (pageId: string) => db().select().from(contentVersion).where(eq(contentVersion.pageId, pageId));
const auditOf = (ids: string[]) => db().select().from(auditEvent).where(inArray(auditEvent.entityId, ids)).orderBy(auditEvent.id);
const latestId = async (pageId: string, language = "fi") => {
  const rows = await db()
    .select()
    .from(contentVersion)
    .where(and(eq(contentVersion.pageId, pageId), eq(contentVersion.language, language)));
  return rows.sort((a, b) => b.version - a.version)[0].id;
};
const kainuuCoordinator = () => userWith({ role: "coordinator", regionCode: "maakunta_18" });

describe("content pages", () => {
  it("keep drafts off the public site until a language is published, then fall back to Finnish", async () => {
    const { id, slug } = await aContentPage({ section: "financing" });
    expect(await publishedPage(slug, "fi")).toBeNull();
    expect((await sectionPages("financing", "fi")).map((p) => p.slug)).not.toContain(slug);

    await publishVersion(system, id, "fi", await latestId(id));
    const finnish = await publishedPage(slug, "fi");
    expect(finnish).toMatchObject({ lang: "fi", isFallback: false });
    expect(finnish!.html).toContain("<h2>Väliotsikko</h2>");

    // No Swedish text: the Swedish reader gets the Finnish page, marked as a fallback.
    expect(await publishedPage(slug, "sv")).toMatchObject({ lang: "fi", isFallback: true, title: finnish!.title });
    expect((await sectionPages("financing", "en")).find((p) => p.slug === slug)).toMatchObject({ lang: "fi", isFallback: true });

    // A Swedish draft changes nothing for readers until it is published.
    const sv = await saveVersion(system, id, "sv", { title: "Rubrik", summary: "", body: "Text." });
    expect(await publishedPage(slug, "sv")).toMatchObject({ lang: "fi", isFallback: true });
    await publishVersion(system, id, "sv", sv.id);
    expect(await publishedPage(slug, "sv")).toMatchObject({ lang: "sv", isFallback: false, title: "Rubrik" });

    // Taking Finnish off leaves Swedish as the fallback; taking both off leaves nothing public.
    await unpublishLanguage(system, id, "fi");
    expect(await publishedPage(slug, "en")).toMatchObject({ lang: "sv", isFallback: true });
    await unpublishLanguage(system, id, "sv");
    expect(await publishedPage(slug, "fi")).toBeNull();
    expect((await auditOf([id])).filter((a) => a.action === "unpublish")).toHaveLength(2);
  });

  it("keep every save as a version with its author, and restore an old one as a new draft", async () => {
    const editor = userWith({ role: "admin" });
    editor.name = unique("Toimittaja ");
    const { id, slug } = await aContentPage({}, editor);
    const first = await latestId(id);
    await publishVersion(editor, id, "fi", first);
    const second = await saveVersion(editor, id, "fi", { title: "Uusi otsikko", summary: "", body: "Uusi teksti." });
    expect(second.version).toBe(2);
    // Version 1 stays public while version 2 is a draft.
    expect((await publishedPage(slug, "fi"))!.title).not.toBe("Uusi otsikko");

    const restored = await restoreVersion(editor, id, "fi", first);
    expect(restored.version).toBe(3);
    const { versions, publication } = (await pageForEditor(id, "fi"))!;
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(versions[0]).toMatchObject({ restoredFromVersion: 1, title: versions[2].title, body: versions[2].body, createdByName: editor.name });
    expect(publication.versionId).toBe(first);

    const audit = await auditOf([id, first, second.id, restored.id]);
    expect(audit.map((a) => `${a.entityType}:${a.action}`).sort()).toEqual(
      ["content_page:create", "content_page:publish", "content_version:create", "content_version:create", "content_version:restore"].sort(),
    );
    expect(audit.every((a) => a.actorLabel === editor.name)).toBe(true);
  });

  it("refuse bad input with translated issues and write nothing", async () => {
    const { id, slug } = await aContentPage();
    const before = await versionsOf(id);
    const text = { title: "Otsikko", summary: "", body: "Teksti." };
    expect(await issuesOf(createPage(system, { slug: "Huono Osoite", section: "studying", language: "fi", text }))).toEqual(["slug:content.validation.slug"]);
    expect(await issuesOf(createPage(system, { slug: "-alku", section: "studying", language: "fi", text }))).toEqual(["slug:content.validation.slug"]);
    expect(await issuesOf(createPage(system, { slug, section: "studying", language: "fi", text }))).toEqual(["slug:content.validation.slugTaken"]);
    expect(await issuesOf(createPage(system, { slug: unique("x-"), section: "nowhere" as never, language: "fi", text }))).toEqual([
      "section:validation.invalid",
    ]);
    expect(await issuesOf(saveVersion(system, id, "fi", { title: "  ", summary: "", body: "x" }))).toEqual(["title:validation.required"]);
    expect(await issuesOf(saveVersion(system, id, "fi", { title: "x", summary: "", body: "a".repeat(50_001) }))).toEqual(["body:validation.tooLong"]);
    expect(await issuesOf(saveVersion(system, id, "de", text))).toEqual(["_:validation.invalid"]);
    expect(await issuesOf(publishVersion(system, id, "fi", "not-a-uuid"))).toEqual(["_:validation.uuid"]);
    expect(await failure(publishVersion(system, id, "fi", "00000000-0000-4000-8000-000000000000"))).toBeInstanceOf(NotFound);
    expect(await failure(restoreVersion(system, id, "fi", "00000000-0000-4000-8000-000000000000"))).toBeInstanceOf(NotFound);
    // A version of another language (or page) is not a version of this one.
    expect(await failure(publishVersion(system, id, "sv", before[0].id))).toBeInstanceOf(NotFound);

    expect(await versionsOf(id)).toEqual(before);
    expect(await db().select().from(contentPublication).where(eq(contentPublication.pageId, id))).toEqual([]);
    expect(await db().select().from(contentPage).where(eq(contentPage.slug, "huono-osoite"))).toEqual([]);
  });

  it("let only admins keep national pages and only a region's coordinators keep its pages", async () => {
    const national = await aContentPage();
    const kainuu = await aContentPage({ regionCode: "maakunta_18" });
    const text = { title: "Otsikko", summary: "", body: "Teksti." };
    const own = kainuuCoordinator();
    const strangers = [
      userWith({ role: "coordinator", regionCode: "maakunta_19" }),
      userWith({ role: "contact_person", organizationId: "00000000-0000-4000-8000-000000000001" }),
      userWith({ role: "practitioner", practitionerId: "00000000-0000-4000-8000-000000000002" }),
      userWith(),
    ];
    for (const caller of strangers) {
      expect(await failure(saveVersion(caller, kainuu.id, "fi", text))).toBeInstanceOf(PermissionDenied);
      expect(await failure(publishVersion(caller, kainuu.id, "fi", await latestId(kainuu.id)))).toBeInstanceOf(PermissionDenied);
      expect(await failure(restoreVersion(caller, kainuu.id, "fi", await latestId(kainuu.id)))).toBeInstanceOf(PermissionDenied);
      expect(await failure(createPage(caller, { slug: unique("p-"), section: "studying", regionCode: "maakunta_18", language: "fi", text }))).toBeInstanceOf(
        PermissionDenied,
      );
    }
    expect(await failure(saveVersion(own, national.id, "fi", text))).toBeInstanceOf(PermissionDenied);
    expect(await failure(createPage(own, { slug: unique("p-"), section: "studying", language: "fi", text }))).toBeInstanceOf(PermissionDenied);
    expect((await versionsOf(kainuu.id)).length).toBe(1);
    expect((await versionsOf(national.id)).length).toBe(1);

    const saved = await saveVersion(own, kainuu.id, "fi", text);
    await publishVersion(own, kainuu.id, "fi", saved.id);
    expect((await publishedPage(kainuu.slug, "fi"))!.regionName).toBe("Kainuu");
    const created = await createPage(own, { slug: unique("kainuu-").toLowerCase(), section: "financing", regionCode: "maakunta_18", language: "sv", text });
    expect((await versionsOf(created)).map((v) => v.language)).toEqual(["sv"]);
  });

  it("have the accessibility statement from the first start, published in every language, never overwritten", async () => {
    const statement = await publishedPage("accessibility", "en");
    expect(statement).toMatchObject({ lang: "en", isFallback: false, title: "Accessibility statement" });
    expect(statement!.html).toContain('href="/en/feedback?kind=accessibility"');
    expect(statement!.html).toContain("14 days");
    expect((await publishedPage("accessibility", "fi"))!.html).toContain("saavutettavuusvaatimukset.fi");
    const [page] = await db().select().from(contentPage).where(eq(contentPage.slug, "accessibility"));
    const before = await versionsOf(page.id);
    await loadAccessibilityStatement(db());
    expect(await versionsOf(page.id)).toEqual(before);
  });
});
