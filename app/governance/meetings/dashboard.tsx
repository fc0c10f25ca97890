import { Link } from "react-router";
import { useLanguage, useT } from "../../kit/i18n/use-i18n";
import { formatDate } from "../../kit/format";
import { useLocalize } from "../../kit/i18n/localized-text";
import type { LocalizedText } from "../../kit/i18n/localized";
import { formatMeetingStart, meetingPath, planPath } from "./components";

export interface MeetingsOverview {
  groups: { id: string; name: LocalizedText; runs: boolean }[];
  upcoming: { id: string; groupName: LocalizedText; startsAt: Date; theme: string; status: string }[];
  missing: { id: string; groupName: LocalizedText; startsAt: Date; theme: string }[];
}

/** The work dashboard's meetings: the user's groups, their next meetings, and minutes that are missing. */
export function MeetingsOnDashboard({ groups, upcoming, missing }: MeetingsOverview) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">{t("meetings.dashboardHeading")}</h2>
      {missing.length > 0 && (
        <div className="alert alert--error">
          <p>{t("meetings.missingMinutesIntro", { count: missing.length })}</p>
          <ul>
            {missing.map((m) => (
              <li key={m.id}>
                <Link to={meetingPath(lang, m.id)}>
                  {localize(m.groupName)} {formatDate(m.startsAt, lang)}: {m.theme}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul className="link-list">
        {groups.map((g) => (
          <li key={g.id}>
            <Link to={planPath(lang, g.id)}>{t("meetings.planTitle", { group: localize(g.name) })}</Link>
          </li>
        ))}
      </ul>
      <h3>{t("meetings.dashboardUpcoming")}</h3>
      {upcoming.length === 0 ? (
        <p>{t("meetings.dashboardNone")}</p>
      ) : (
        <ul className="link-list">
          {upcoming.map((m) => (
            <li key={m.id}>
              <Link to={meetingPath(lang, m.id)}>
                {formatMeetingStart(m.startsAt, lang)} {localize(m.groupName)}: {m.theme}
              </Link>
              {m.status === "cancelled" && ` (${t("meetings.cancelled")})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
