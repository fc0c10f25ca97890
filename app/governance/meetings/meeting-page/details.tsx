import { formatDateTime, formatList } from "../../../kit/format";
import { useLocalize } from "../../../kit/i18n/localized-text";
import { useLanguage, useT } from "../../../kit/i18n/use-i18n";
import { formatMeetingTime } from "../components";
import type { MeetingPageData } from "./state";

/** When and where the meeting is, its agenda deadline and whether members were invited (or it was cancelled). */
export function MeetingDetails({ meeting }: { meeting: MeetingPageData["meeting"] }) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const cancelled = meeting.status === "cancelled";
  return (
    <>
      {cancelled && (
        <p className="alert alert--error" role="status">
          {t("meetings.cancelledNotice")}
        </p>
      )}
      <dl className="facts">
        <dt>{t("meetings.col.when")}</dt>
        <dd>{formatMeetingTime(meeting.startsAt, meeting.endsAt, lang)}</dd>
        {meeting.place && (
          <>
            <dt>{t("meetings.place")}</dt>
            <dd>{meeting.place}</dd>
          </>
        )}
        {meeting.onlineUrl && (
          <>
            <dt>{t("meetings.onlineUrl")}</dt>
            <dd>
              <a href={meeting.onlineUrl}>{meeting.onlineUrl}</a>
            </dd>
          </>
        )}
        <dt>{t("meetings.agendaDeadline")}</dt>
        <dd>{formatDateTime(meeting.agendaDeadline, lang)}</dd>
        <dt>{t("meetings.col.state")}</dt>
        <dd>
          {cancelled
            ? t("meetings.cancelled")
            : meeting.invitedAt
              ? t("meetings.invitedAt", { at: formatDateTime(meeting.invitedAt, lang) })
              : t("meetings.notInvited")}
          {!cancelled && meeting.invitedAt && meeting.invitedMembers !== null && (
            <>
              <br />
              {t("meetings.invitationReach", { members: meeting.invitedMembers, copies: meeting.invitedCopies ?? 0 })}
              {meeting.unreachedMembers.length > 0 && (
                <>
                  {" "}
                  <strong>{t("meetings.invitationUnreached", { organizations: formatList(meeting.unreachedMembers.map(localize), lang) })}</strong>
                </>
              )}
            </>
          )}
        </dd>
      </dl>
    </>
  );
}
