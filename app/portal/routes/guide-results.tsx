import { data, Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator, type MessageKey } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { readFavourites } from "~/offerings/public";
import { placeName, reference } from "~/reference/public.server";
import { FinancingLinks, PortalResultLists, SectionLinks } from "../components";
import { guideParams, guideSearches, hasAnswers, parseGuideAnswers } from "../filters";
import { pathKey } from "../paths";
import { municipalityCheck, portalResults } from "../queries.server";
import type { Route } from "./+types/guide-results";
import { todayInFinland } from "~/kit/dates/calendar";

/** The guide's answers as filters: a summary in words, the top services and offerings, links onward. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const parsed = parseGuideAnswers(new URL(request.url).searchParams, await municipalityCheck());
  if (!parsed.ok) {
    const error = t("portal.badParameter", { name: t(`portal.param.${parsed.parameter}` as MessageKey) });
    return data({ error, answers: null, searches: null, results: null, municipalityName: "", favourites: [], today: "" }, { status: 400 });
  }
  const answers = parsed.value;
  const searches = guideSearches(answers);
  const today = todayInFinland();
  const [results, ref] = await Promise.all([portalResults(searches, lang, { today }), reference()]);
  const municipalityName = answers.municipality ? placeName(ref.byCode.get(answers.municipality), lang) : "";
  return { error: null, answers, searches, results, municipalityName, favourites: readFavourites(request.headers.get("Cookie")), today };
}

export const meta = ({ params }: Route.MetaArgs) => {
  const t = translator(languageOf(params));
  // Results depend on the answers: useful to share, not to index.
  return [...pageTitle(params.lang, t("guide.resultsTitle"), t("guide.resultsDescription")), { name: "robots", content: "noindex" }];
};

export default function GuideResults({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { answers, searches, results, error } = loaderData;
  if (error || !answers || !searches || !results) {
    return (
      <>
        <h1>{t("guide.resultsTitle")}</h1>
        <p role="alert" className="alert alert--error">
          {error}
        </p>
        <p>
          <Link to={`/${lang}/guide`}>{t("guide.startOver")}</Link>
        </p>
      </>
    );
  }
  const notChosen = t("guide.notChosen");
  const changeLink = `/${lang}/guide?${guideParams(answers).toString()}`;
  return (
    <>
      <h1>{t("guide.resultsTitle")}</h1>
      <section aria-labelledby="guide-answers-heading" className="card">
        <h2 id="guide-answers-heading">{t("guide.answers")}</h2>
        {!hasAnswers(answers) && <p>{t("guide.noAnswers")}</p>}
        <dl className="facts">
          <dt>{t("guide.situation")}</dt>
          <dd>{answers.situation ? t(pathKey(answers.situation, "title")) : notChosen}</dd>
          <dt>{t("guide.goal")}</dt>
          <dd>{answers.goal ? t(`guide.goal.${answers.goal}`) : notChosen}</dd>
          <dt>{t("path.municipality")}</dt>
          <dd>{loaderData.municipalityName || notChosen}</dd>
          <dt>{t("path.language")}</dt>
          <dd>{answers.language ? t(`language.${answers.language}` as MessageKey) : notChosen}</dd>
          <dt>{t("guide.channels")}</dt>
          <dd>{answers.channels.length > 0 ? answers.channels.map((c) => t(`channel.${c}` as MessageKey)).join(", ") : t("guide.anyChannel")}</dd>
        </dl>
        <p>
          <Link to={changeLink}>{t("guide.change")}</Link> · <Link to={`/${lang}/guide`}>{t("guide.startOver")}</Link>
        </p>
      </section>
      {answers.situation && (
        <p>
          <Link to={`/${lang}/paths/${answers.situation}`}>{t("guide.readPath", { title: t(pathKey(answers.situation, "title")) })}</Link>
        </p>
      )}
      <PortalResultLists results={results} searches={searches} favourites={loaderData.favourites} today={loaderData.today} />
      {answers.goal === "financing" && (
        <section aria-labelledby="guide-financing-heading">
          <h2 id="guide-financing-heading">{t("path.financing")}</h2>
          {answers.situation ? (
            <>
              <p>{t(pathKey(answers.situation, "financing"))}</p>
              <FinancingLinks slug={answers.situation} municipality={answers.municipality} />
            </>
          ) : (
            <SectionLinks />
          )}
        </section>
      )}
    </>
  );
}
