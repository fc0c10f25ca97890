import { Link } from "react-router";
import type { MessageKey } from "~/kit/i18n/catalogue";
import { Localized } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { CodeTags, entityPath, mapSearchParams, serviceLanguages } from "~/network-map/public";
import { OfferingCard, offeringSearchParams } from "~/offerings/public";
import type { Searches } from "./filters";
import type { PortalResults } from "./queries.server";
import { lifePath, type PathSlug } from "./paths";

/** The "where and in which language" questions: one select each, "any" first. */
export function PlaceAndLanguageFields({
  idPrefix,
  municipalities,
  municipality,
  language,
}: {
  idPrefix: string;
  municipalities: { code: string; name: string }[];
  municipality: string | null;
  language: string | null;
}) {
  const t = useT();
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-municipality`}>{t("path.municipality")}</label>
        <select id={`${idPrefix}-municipality`} name="municipality" defaultValue={municipality ?? ""} autoComplete="address-level2">
          <option value="">{t("path.anyMunicipality")}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-language`}>{t("path.language")}</label>
        <select id={`${idPrefix}-language`} name="language" defaultValue={language ?? ""}>
          <option value="">{t("path.anyLanguage")}</option>
          {serviceLanguages.map((code) => (
            <option key={code} value={code}>
              {t(`language.${code}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/** The top guidance services and education offerings, with links to the full searches. */
export function PortalResultLists({
  results,
  searches,
  favourites,
  today,
  headingLevel = 2,
}: {
  results: PortalResults;
  searches: Searches;
  favourites: string[];
  today: string;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const lang = useLanguage();
  const H = `h${headingLevel}` as const;
  const Item = `h${headingLevel + 1}` as "h3" | "h4";
  const serviceSearch = `/${lang}/search?${mapSearchParams(searches.services).toString()}`;
  const offeringSearch = `/${lang}/education?${offeringSearchParams(searches.offerings).toString()}`;
  return (
    <>
      <section aria-labelledby="portal-services-heading">
        <H id="portal-services-heading">{t("path.services")}</H>
        {results.services.length === 0 ? (
          <p>{t("path.noServices")}</p>
        ) : (
          <ul className="results">
            {results.services.map((service) => (
              <li key={service.id} className="result">
                <Item>
                  <Link to={entityPath(lang, "service", service.id)}>
                    <Localized value={service.title} />
                  </Link>
                </Item>
                <Localized value={service.organizationName} as="p" />
                <Localized value={service.summary} as="p" />
                <CodeTags prefix="channel" codes={service.channels} label={t("service.channels")} />
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={serviceSearch}>{t("path.allServices", { count: results.serviceTotal })}</Link>
        </p>
      </section>
      <section aria-labelledby="portal-offerings-heading">
        <H id="portal-offerings-heading">{t("path.offerings")}</H>
        {results.offerings.length === 0 ? (
          <p>{t("path.noOfferings")}</p>
        ) : (
          <ul className="results">
            {results.offerings.map((offering) => (
              <OfferingCard
                key={offering.id}
                offering={offering}
                municipalityName={results.municipalityNames[offering.municipalityCode] ?? ""}
                chosen={favourites.includes(offering.id)}
                today={today}
              />
            ))}
          </ul>
        )}
        <p>
          <Link to={offeringSearch}>{t("path.allOfferings", { count: results.offeringTotal })}</Link>
        </p>
      </section>
    </>
  );
}

/** Ways of financing studies that suit a path, with links to the financing and studying sections. */
export function FinancingLinks({ slug, municipality }: { slug: PathSlug; municipality: string | null }) {
  const t = useT();
  const lang = useLanguage();
  const path = lifePath(slug);
  return (
    <>
      <h3>{t("path.fundingLinks")}</h3>
      <ul className="link-list">
        {path.fundingForms.map((form) => {
          const params = new URLSearchParams({ funding: form });
          if (municipality) params.set("municipality", municipality);
          return (
            <li key={form}>
              <Link to={`/${lang}/education?${params.toString()}`}>{t(`offering.funding.${form}` as MessageKey)}</Link>
            </li>
          );
        })}
      </ul>
      <SectionLinks education />
    </>
  );
}

/** Links to the financing and studying sections, and with `education` to the education search too. */
export function SectionLinks({ education = false }: { education?: boolean }) {
  const t = useT();
  const lang = useLanguage();
  return (
    <ul className="link-list">
      <li>
        <Link to={`/${lang}/financing`}>{t("path.financingSection")}</Link>
      </li>
      <li>
        <Link to={`/${lang}/studying`}>{t("path.studyingSection")}</Link>
      </li>
      {education && (
        <li>
          <Link to={`/${lang}/education`}>{t("path.educationSection")}</Link>
        </li>
      )}
    </ul>
  );
}

/** A published content page that a path links to, in the reader's language or its fallback. */
export interface PathContentPage {
  slug: string;
  section: string;
  title: string;
  summary: string;
  lang: string;
  isFallback: boolean;
}

/** Links to a path's content pages with their summaries; nothing at all when none is published. */
export function ContentPageLinks({ pages, heading, headingLevel = 3 }: { pages: PathContentPage[]; heading: string; headingLevel?: 2 | 3 }) {
  const t = useT();
  const lang = useLanguage();
  if (pages.length === 0) return null;
  const H = `h${headingLevel}` as const;
  return (
    <>
      <H>{heading}</H>
      <ul className="link-list path-pages">
        {pages.map((page) => {
          const other = page.isFallback ? page.lang : undefined;
          return (
            <li key={page.slug}>
              <Link to={`/${lang}/pages/${page.slug}`} lang={other} hrefLang={other}>
                {page.title}
              </Link>
              {page.isFallback && <span className="muted"> {t("common.fallbackLanguage", { language: t(`language.${page.lang}` as MessageKey) })}</span>}
              {page.summary && <p lang={other}>{page.summary}</p>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
