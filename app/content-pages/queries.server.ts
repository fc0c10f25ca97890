import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";
import { db } from "../kit/db/db.server";
import { renderMarkdown } from "../kit/markdown/render-markdown.server";
import { isLanguage, languages, type Language } from "../kit/i18n/languages";
import { pageLanguages, type PageLanguage } from "../kit/i18n/page-languages";
import { region } from "~/reference/public.server";
import { chooseVersion } from "./choose-version";
import type { Section } from "./inputs";
import { contentPage, contentPublication, contentVersion } from "./schema.server";

const publishedColumns = {
  pageId: contentPage.id,
  slug: contentPage.slug,
  section: contentPage.section,
  position: contentPage.position,
  regionCode: contentPage.regionCode,
  regionNameFi: region.nameFi,
  regionNameSv: region.nameSv,
  language: contentVersion.language,
  title: contentVersion.title,
  summary: contentVersion.summary,
  body: contentVersion.body,
  publishedAt: contentPublication.publishedAt,
};

function publishedQuery() {
  return db()
    .select(publishedColumns)
    .from(contentPublication)
    .innerJoin(contentVersion, eq(contentVersion.id, contentPublication.versionId))
    .innerJoin(contentPage, eq(contentPage.id, contentPublication.pageId))
    .leftJoin(region, eq(region.code, contentPage.regionCode));
}

type PublishedRow = Awaited<ReturnType<typeof publishedQuery>>[number];

function byLanguage(rows: PublishedRow[]) {
  const result: Partial<Record<Language, PublishedRow>> = {};
  for (const row of rows) if (isLanguage(row.language)) result[row.language] = row;
  return result;
}

/** A public page by slug in the reader's language (or its fallback); drafts are never read here. */
export async function publishedPage(slug: string, lang: Language) {
  const rows = await publishedQuery().where(eq(contentPage.slug, slug));
  const chosen = chooseVersion(byLanguage(rows), lang);
  if (!chosen) return null;
  const v = chosen.version;
  return {
    slug: v.slug,
    section: v.section as Section,
    regionName: v.regionCode ? (lang === "sv" ? v.regionNameSv : v.regionNameFi) : null,
    title: v.title,
    summary: v.summary,
    html: renderMarkdown(v.body),
    publishedAt: v.publishedAt,
    lang: chosen.lang,
    isFallback: chosen.isFallback,
  };
}

/**
 * A page's published version in exactly this language, without falling back: for a language the
 * interface is not translated into, the version is the page (decision 0212).
 */
export async function publishedPageIn(slug: string, language: PageLanguage) {
  const [v] = await publishedQuery().where(and(eq(contentPage.slug, slug), eq(contentVersion.language, language)));
  if (!v) return null;
  return {
    slug: v.slug,
    section: v.section as Section,
    title: v.title,
    summary: v.summary,
    html: renderMarkdown(v.body),
    publishedAt: v.publishedAt,
  };
}

/** The languages a page is published in, the interface languages first. */
export async function publishedLanguages(slug: string): Promise<PageLanguage[]> {
  const rows = await db()
    .select({ language: contentPublication.language })
    .from(contentPublication)
    .innerJoin(contentPage, eq(contentPage.id, contentPublication.pageId))
    .where(eq(contentPage.slug, slug));
  const published = new Set(rows.map((r) => r.language));
  return pageLanguages.filter((l) => published.has(l));
}

/** The published pages of a section, each in the reader's language or its fallback, in order. */
export async function sectionPages(section: Section, lang: Language) {
  const rows = await publishedQuery().where(eq(contentPage.section, section)).orderBy(asc(contentPage.position), asc(contentPage.slug));
  const pages = new Map<string, PublishedRow[]>();
  for (const row of rows) pages.set(row.slug, [...(pages.get(row.slug) ?? []), row]);
  return [...pages.values()].flatMap((versions) => {
    const chosen = chooseVersion(byLanguage(versions), lang);
    if (!chosen) return [];
    const v = chosen.version;
    return [
      {
        slug: v.slug,
        title: v.title,
        summary: v.summary,
        regionName: v.regionCode ? (lang === "sv" ? v.regionNameSv : v.regionNameFi) : null,
        lang: chosen.lang,
        isFallback: chosen.isFallback,
      },
    ];
  });
}

/**
 * Published pages named by slug, in the order of `slugs`, each in the reader's language or its
 * fallback. Slugs with no published page are left out, so a link list never points to a 404.
 */
export async function publishedPagesBySlug(slugs: readonly string[], lang: Language) {
  if (slugs.length === 0) return [];
  const rows = await publishedQuery().where(inArray(contentPage.slug, [...slugs]));
  const pages = new Map<string, PublishedRow[]>();
  for (const row of rows) pages.set(row.slug, [...(pages.get(row.slug) ?? []), row]);
  return slugs.flatMap((slug) => {
    const chosen = chooseVersion(byLanguage(pages.get(slug) ?? []), lang);
    if (!chosen) return [];
    const v = chosen.version;
    return [{ slug: v.slug, section: v.section as Section, title: v.title, summary: v.summary, lang: chosen.lang, isFallback: chosen.isFallback }];
  });
}

/** Slugs of pages with at least one published language, for the sitemap. */
export async function publishedSlugs() {
  const rows = await db()
    .selectDistinct({ slug: contentPage.slug, updatedAt: contentPage.updatedAt })
    .from(contentPage)
    .innerJoin(contentPublication, eq(contentPublication.pageId, contentPage.id))
    .orderBy(asc(contentPage.slug));
  return rows;
}

/** The pages a user keeps, with each language's latest and published version numbers. */
export async function editablePages(user: CurrentUser) {
  const regions = coordinatedRegions(user);
  if (!isAdmin(user) && regions.length === 0) return [];
  const scope = isAdmin(user) ? undefined : inArray(contentPage.regionCode, regions);
  const pages = await db()
    .select({
      id: contentPage.id,
      slug: contentPage.slug,
      section: contentPage.section,
      regionCode: contentPage.regionCode,
      regionNameFi: region.nameFi,
      regionNameSv: region.nameSv,
    })
    .from(contentPage)
    .leftJoin(region, eq(region.code, contentPage.regionCode))
    .where(scope)
    .orderBy(asc(contentPage.section), asc(contentPage.position), asc(contentPage.slug));
  if (pages.length === 0) return [];
  const ids = pages.map((p) => p.id);
  const versions = await db()
    .select({
      pageId: contentVersion.pageId,
      language: contentVersion.language,
      version: contentVersion.version,
      title: contentVersion.title,
      id: contentVersion.id,
    })
    .from(contentVersion)
    .where(inArray(contentVersion.pageId, ids))
    .orderBy(asc(contentVersion.version));
  const published = await db()
    .select({ pageId: contentPublication.pageId, language: contentPublication.language, versionId: contentPublication.versionId })
    .from(contentPublication)
    .where(inArray(contentPublication.pageId, ids));
  return pages.map((page) => ({
    ...page,
    languages: languages.map((language) => {
      const mine = versions.filter((v) => v.pageId === page.id && v.language === language);
      const latest = mine.at(-1) ?? null;
      const pub = published.find((p) => p.pageId === page.id && p.language === language);
      const publishedVersion = pub ? (mine.find((v) => v.id === pub.versionId)?.version ?? null) : null;
      return { language, latest: latest?.version ?? null, title: latest?.title ?? null, published: publishedVersion };
    }),
  }));
}

/** A page for its editor: the language's versions newest first, and which one is public. */
export async function pageForEditor(pageId: string, language: PageLanguage) {
  const [page] = await db()
    .select({
      id: contentPage.id,
      slug: contentPage.slug,
      section: contentPage.section,
      regionCode: contentPage.regionCode,
      regionNameFi: region.nameFi,
      regionNameSv: region.nameSv,
    })
    .from(contentPage)
    .leftJoin(region, eq(region.code, contentPage.regionCode))
    .where(eq(contentPage.id, pageId));
  if (!page) return null;
  const versions = await db()
    .select()
    .from(contentVersion)
    .where(and(eq(contentVersion.pageId, pageId), eq(contentVersion.language, language)))
    .orderBy(desc(contentVersion.version));
  const [publication] = await db()
    .select()
    .from(contentPublication)
    .where(and(eq(contentPublication.pageId, pageId), eq(contentPublication.language, language)));
  const titles = await db()
    .selectDistinctOn([contentVersion.language], { language: contentVersion.language, title: contentVersion.title })
    .from(contentVersion)
    .where(eq(contentVersion.pageId, pageId))
    .orderBy(contentVersion.language, desc(contentVersion.version));
  return { page, versions, publication: publication ?? null, titles };
}
