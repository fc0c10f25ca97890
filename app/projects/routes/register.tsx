import { data, Form, Link } from "react-router";
import { PlaceSelect } from "~/kit/search/facet-controls";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { localize } from "~/kit/i18n/localized";
import { languageOf } from "~/kit/i18n/languages";
import { formatDate } from "~/kit/format";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { figureText } from "../card-text";
import { projectRegister, regionsWithProjects } from "../queries.server";
import type { Route } from "./+types/register";

/**
 * `/:lang/projects?region=maakunta_19`: the public register of the development projects, per region,
 * with the reporting downloads (decision 0219). Plain HTML, no script.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const ref = await reference();
  const regionCode = new URL(request.url).searchParams.get("region") || undefined;
  if (regionCode && !ref.regions.some((r) => r.code === regionCode)) throw data(t("search.badParameter", { name: "region" }), { status: 400 });
  const [projects, regionCodes] = await Promise.all([projectRegister(regionCode), regionsWithProjects()]);
  const query = regionCode ? `?region=${regionCode}` : "";
  return {
    regionCode: regionCode ?? null,
    areaName: regionCode ? placeName(ref.byCode.get(regionCode), lang) : null,
    regions: sortPlaces(
      ref.regions.filter((r) => regionCodes.includes(r.code) || r.code === regionCode),
      lang,
    ).map((r) => ({ code: r.code, name: placeName(r, lang) })),
    downloads: { csv: `/${lang}/projects.csv${query}`, xlsx: `/${lang}/projects.xlsx${query}` },
    projects: projects.map((p) => ({
      id: p.id,
      code: p.code,
      name: localize(p.name, lang),
      funder: p.funder,
      period: `${formatDate(p.startsOn, lang)}–${formatDate(p.endsOn, lang)}`,
      regions: p.regionCodes.map((c) => placeName(ref.byCode.get(c), lang)).join(", "),
      partners: p.partners.map((o) => localize(o.name, lang).text).join(", "),
      participants: figureText(p.indicators.participants?.realisedTotal, p.indicators.participants?.realisedWomen, t, lang),
    })),
  };
}

export const meta = ({ params, data: loaderData }: Route.MetaArgs) => {
  const t = translator(languageOf(params));
  return pageTitle(params.lang, loaderData?.areaName ? t("projects.titleOf", { region: loaderData.areaName }) : t("projects.title"));
};

export default function ProjectRegister({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { projects, areaName, downloads } = loaderData;
  return (
    <>
      <h1>{areaName ? t("projects.titleOf", { region: areaName }) : t("projects.title")}</h1>
      <p className="lead">{t("projects.intro")}</p>
      <Form method="get" action={`/${lang}/projects`} className="search-box">
        <PlaceSelect
          id="projects-region"
          name="region"
          label={t("search.region")}
          anyLabel={t("search.any")}
          places={loaderData.regions}
          selected={loaderData.regionCode ?? undefined}
        />
        <button type="submit" className="button">
          {t("projects.show")}
        </button>
      </Form>
      <h2>{t("projects.count", { count: projects.length })}</h2>
      {projects.length === 0 && <p>{t("projects.none")}</p>}
      {projects.length > 0 && (
        <>
          <ul className="link-list">
            {projects.map((p) => (
              <li key={p.id}>
                <h3>
                  <Link to={`/${lang}/projects/${p.id}`} lang={p.name.isFallback ? p.name.lang : undefined}>
                    {p.name.text}
                  </Link>
                </h3>
                <dl className="facts">
                  <dt>{t("projects.code")}</dt>
                  <dd>{p.code}</dd>
                  <dt>{t("projects.funder")}</dt>
                  <dd>{p.funder}</dd>
                  <dt>{t("projects.period")}</dt>
                  <dd>{p.period}</dd>
                  <dt>{t("projects.regions")}</dt>
                  <dd>{p.regions}</dd>
                  {p.partners && (
                    <>
                      <dt>{t("projects.partners")}</dt>
                      <dd>{p.partners}</dd>
                    </>
                  )}
                  {p.participants && (
                    <>
                      <dt>{t("projects.indicator.participants")}</dt>
                      <dd>{p.participants}</dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ul>
          <p>
            {t("projects.download")} <a href={downloads.csv}>{t("projects.csv")}</a> · <a href={downloads.xlsx}>{t("projects.xlsx")}</a>
          </p>
        </>
      )}
    </>
  );
}
