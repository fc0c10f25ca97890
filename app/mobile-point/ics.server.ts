import ICAL from "ical.js";
import { config } from "../kit/config.server";
import { translator } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import { localize, type LocalizedText } from "../kit/i18n/localized";
import type { TimetableVisit } from "./queries.server";
import { languageNames, onBoardNames } from "./visit-text";

const PRODID = "-//Elo//Mobile guidance point//FI";

/**
 * A region's mobile-point timetable as an iCalendar feed (METHOD:PUBLISH). Each visit keeps its UID;
 * a change or a cancellation raises SEQUENCE, and a cancelled visit stays in the feed as
 * STATUS:CANCELLED so that subscribed calendars remove it rather than keep the old time.
 */
export function regionFeedIcs(
  feed: { regionCode: string; regionName: string; municipalityNames: Record<string, string> },
  visits: TimetableVisit[],
  organizations: Record<string, LocalizedText>,
  lang: Language,
  now = new Date(),
): string {
  const t = translator(lang);
  const vcalendar = new ICAL.Component("vcalendar");
  vcalendar.addPropertyWithValue("prodid", PRODID);
  vcalendar.addPropertyWithValue("version", "2.0");
  vcalendar.addPropertyWithValue("calscale", "GREGORIAN");
  vcalendar.addPropertyWithValue("method", "PUBLISH");
  vcalendar.addPropertyWithValue("x-wr-calname", t("mobilePoints.feedName", { region: feed.regionName }));
  vcalendar.addPropertyWithValue("x-wr-timezone", "Europe/Helsinki");
  const page = `${config.publicUrl}/${lang}/mobile-points?region=${feed.regionCode}`;
  for (const v of visits) {
    const municipality = feed.municipalityNames[v.municipalityCode] ?? "";
    const cancelled = v.status === "cancelled";
    const vevent = new ICAL.Component("vevent");
    vevent.addPropertyWithValue("uid", v.icsUid);
    vevent.addPropertyWithValue("sequence", v.icsSequence);
    vevent.addPropertyWithValue("dtstamp", ICAL.Time.fromJSDate(now, true));
    vevent.addPropertyWithValue("dtstart", ICAL.Time.fromJSDate(v.startsAt, true));
    vevent.addPropertyWithValue("dtend", ICAL.Time.fromJSDate(v.endsAt, true));
    vevent.addPropertyWithValue("last-modified", ICAL.Time.fromJSDate(v.updatedAt, true));
    const summary = `${localize(v.pointName, lang).text}: ${v.placeName}, ${municipality}`;
    vevent.addPropertyWithValue("summary", cancelled ? `${t("mobilePoints.cancelledPrefix")} ${summary}` : summary);
    vevent.addPropertyWithValue("location", [v.placeName, v.streetAddress, `${v.postalCode} ${municipality}`.trim()].filter(Boolean).join(", "));
    vevent.addPropertyWithValue("geo", [v.latitude, v.longitude]);
    const onBoard = onBoardNames(v.organizationIds, organizations, lang);
    const description = [
      cancelled
        ? t("mobilePoints.cancelledBecause", { reason: v.changeReason })
        : v.changeReason
          ? t("mobilePoints.changedBecause", { reason: v.changeReason })
          : "",
      `${t("mobilePoints.languages")}: ${languageNames(v.languages, t)}`,
      onBoard ? `${t("mobilePoints.onBoard")}: ${onBoard}` : "",
      v.note,
      `${page}#visit-${v.id}`,
    ];
    vevent.addPropertyWithValue("description", description.filter(Boolean).join("\n"));
    vevent.addPropertyWithValue("url", `${page}#visit-${v.id}`);
    vevent.addPropertyWithValue("status", cancelled ? "CANCELLED" : "CONFIRMED");
    vcalendar.addSubcomponent(vevent);
  }
  return vcalendar.toString() + "\r\n";
}
