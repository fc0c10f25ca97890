import { Link } from "react-router";
import { config } from "~/kit/config.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { localize } from "~/kit/i18n/localized";
import { languageOf } from "~/kit/i18n/languages";
import { formatDate } from "~/kit/format";
import { isUuid } from "~/kit/validation/uuid";
import { notFoundResponse } from "~/kit/http/respond.server";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { placeName, reference } from "~/reference/public.server";
import { euros, indicatorRows } from "../card-text";
import { projectCard } from "../queries.server";
import { outputLines } from "../values";
import type { Route } from "./+types/card";

const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/** `/:lang/projects/:id`: a development project's public card (decision 0219). Plain HTML, no script. */
export async function loader({ params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  if (!isUuid(params.id)) throw notFoundResponse(lang);
  const loaded = await projectCard(params.id);
  if (!loaded) throw notFoundResponse(lang);
  const ref = await reference();
  const { project, partners, actions } = loaded;
  const name = localize(project.name, lang);
  const summary = localize(project.summary, lang);
  const regionName = (code: string) => placeName(ref.byCode.get(code), lang);
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Project",
    name: name.text,
    identifier: project.code,
    description: summary.text || undefined,
    url: `${config.publicUrl}/${lang}/projects/${project.id}`,
    funder: { "@type": "Organization", name: project.funder },
    member: partners.map((p) => ({ "@type": "Organization", name: localize(p.name, lang).text })),
    areaServed: project.regionCodes.map(regionName),
  };
  return {
    id: project.id,
    code: project.code,
    name,
    summary,
    funder: project.funder,
    programme: project.programme,
    period: `${formatDate(project.startsOn, lang)}–${formatDate(project.endsOn, lang)}`,
    budget: euros(project.budgetCents, lang),
    realised: euros(project.realisedCents, lang),
    regions: project.regionCodes.map((code) => ({ code, name: regionName(code) })),
    partners: partners.map((p) => ({ id: p.id, name: localize(p.name, lang) })),
    targetGroups: project.targetGroups.map((g) => t(`targetGroup.${g}` as never)),
    indicators: indicatorRows(project.indicators, t, lang),
    outputs: outputLines(project.outputs),
    actions: actions.map((a) => `${regionName(a.regionCode)}: ${t("projects.actionLabel", { title: a.title, year: String(a.year) })}`),
    homepage: project.homepage,
    jsonLd: scriptJson(jsonLd),
  };
}

export const meta = ({ params, data: loaderData }: Route.MetaArgs) =>
  pageTitle(params.lang, loaderData ? `${loaderData.name.text} (${loaderData.code})` : translator(languageOf(params))("projects.title"));

export default function ProjectCard({ loaderData: p }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const otherLang = (text: { lang: string; isFallback: boolean }) => (text.isFallback ? text.lang : undefined);
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: p.jsonLd }} />
      <p>
        <Link to={`/${lang}/projects`}>{t("projects.backToRegister")}</Link>
      </p>
      <h1 lang={otherLang(p.name)}>{p.name.text}</h1>
      {p.summary.text && (
        <p className="lead" lang={otherLang(p.summary)}>
          {p.summary.text}
        </p>
      )}
      <dl className="facts">
        <dt>{t("projects.code")}</dt>
        <dd>{p.code}</dd>
        <dt>{t("projects.funder")}</dt>
        <dd>{p.funder}</dd>
        {p.programme && (
          <>
            <dt>{t("projects.programme")}</dt>
            <dd>{p.programme}</dd>
          </>
        )}
        <dt>{t("projects.period")}</dt>
        <dd>{p.period}</dd>
        <dt>{t("projects.budget")}</dt>
        <dd>{p.budget ?? t("projects.notGiven")}</dd>
        {p.realised && (
          <>
            <dt>{t("projects.realised")}</dt>
            <dd>{p.realised}</dd>
          </>
        )}
        <dt>{t("projects.regions")}</dt>
        <dd>
          {p.regions.map((r, i) => (
            <span key={r.code}>
              {i > 0 && ", "}
              <Link to={`/${lang}/projects?region=${r.code}`}>{r.name}</Link>
            </span>
          ))}
        </dd>
        {p.targetGroups.length > 0 && (
          <>
            <dt>{t("projects.targetGroups")}</dt>
            <dd>{p.targetGroups.join(", ")}</dd>
          </>
        )}
        {p.homepage && (
          <>
            <dt>{t("projects.homepage")}</dt>
            <dd>
              <a href={p.homepage} rel="noopener noreferrer">
                {p.homepage}
              </a>
            </dd>
          </>
        )}
      </dl>
      <h2>{t("projects.partners")}</h2>
      <ul className="link-list">
        {p.partners.map((o) => (
          <li key={o.id}>
            <Link to={`/${lang}/organisations/${o.id}`} lang={otherLang(o.name)}>
              {o.name.text}
            </Link>
          </li>
        ))}
      </ul>
      {p.indicators.length > 0 && (
        <>
          <h2 id="project-indicators">{t("projects.indicators")}</h2>
          <table className="data" aria-labelledby="project-indicators">
            <thead>
              <tr>
                <th scope="col">{t("projects.indicator")}</th>
                <th scope="col">{t("projects.planned")}</th>
                <th scope="col">{t("projects.realisedFigures")}</th>
              </tr>
            </thead>
            <tbody>
              {p.indicators.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td className="num">{row.planned ?? t("projects.notGiven")}</td>
                  <td className="num">{row.realised ?? t("projects.notGiven")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {p.outputs.length > 0 && (
        <>
          <h2>{t("projects.outputs")}</h2>
          <ul>
            {p.outputs.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {p.actions.length > 0 && (
        <>
          <h2>{t("projects.actions")}</h2>
          <ul>
            {p.actions.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
