import { Fragment } from "react";
import { Link } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { loadMinutesDocument } from "../minutes-document.server";
import type { Route } from "./+types/minutes-print";

/**
 * `/:lang/work/meetings/:id/minutes`: the minutes as a page to print (the print stylesheet leaves out
 * the navigation), with the PDF beside it. Read by the same rule as the meeting page's minutes.
 */
export const loader = ({ request, params }: Route.LoaderArgs) => loadMinutesDocument(request, params);

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  return pageTitle(lang, loaderData ? `${translator(lang)("meetings.minutesHeading")}: ${loaderData.title}` : translator(lang)("meetings.minutesHeading"));
};

export default function MinutesPrintView({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const minutes = loaderData;
  return (
    <article className="minutes-document">
      <p className="no-print">
        <Link to={`/${lang}/work/meetings/${minutes.meetingId}`}>{t("meetings.backToMeeting")}</Link>
        {" · "}
        <a href={`/${lang}/work/meetings/${minutes.meetingId}/minutes.pdf`} download>
          {t("meetings.minutesPdf")}
        </a>
      </p>
      <p className="muted">{minutes.groupName}</p>
      <h1>{minutes.title}</h1>
      <dl className="facts">
        {minutes.facts.map((fact) => (
          <Fragment key={fact.term}>
            <dt>{fact.term}</dt>
            <dd>{fact.value}</dd>
          </Fragment>
        ))}
      </dl>
      {minutes.present.length > 0 && (
        <>
          <h2>{t("meetings.present")}</h2>
          <ul>
            {minutes.present.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
      {minutes.decisions.length > 0 && (
        <>
          <h2>{t("meetings.decisions")}</h2>
          {minutes.decisions.map((d) => (
            <section key={d.title} className="minutes-document__decision">
              <h3>{d.title}</h3>
              <p>{d.decision}</p>
            </section>
          ))}
        </>
      )}
      <h2>{t("meetings.minutesHeading")}</h2>
      <div className="minutes" dangerouslySetInnerHTML={{ __html: minutes.minutesHtml }} />
    </article>
  );
}
