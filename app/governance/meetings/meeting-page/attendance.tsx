import { Form } from "react-router";
import { useT } from "../../../kit/i18n/use-i18n";
import { ErrorSummary, fieldId } from "../../../kit/forms/components";
import { useLocalize } from "../../../kit/i18n/localized-text";
import { positionKey } from "../../components";
import type { FormState, MeetingPageData, MemberRow } from "./state";

/** Who was present and whether that made a quorum; those who run the meeting record it. */
export function AttendanceSection({ data, state, formKey }: { data: MeetingPageData; state: FormState; formKey: string }) {
  const t = useT();
  const { quorum } = data;
  return (
    <section aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t("meetings.attendanceHeading")}</h2>
      <p>
        {data.recorded
          ? t(quorum.reached ? "meetings.quorumReached" : "meetings.quorumNotReached", {
              represented: quorum.represented,
              organizations: quorum.organizations,
              needed: quorum.needed,
            })
          : t("meetings.attendanceNotRecorded")}
      </p>
      <p className="field__hint">{t("meetings.quorumRule")}</p>
      {data.runs && data.meeting.status !== "cancelled" ? (
        <Form method="post" key={formKey}>
          <input type="hidden" name="intent" value="attendance" />
          <ErrorSummary errors={state.errorsFor("attendance")} />
          <fieldset className="checkbox-group" id={fieldId("present")}>
            <legend>{t("meetings.present")}</legend>
            <div className="checkbox-group__options">
              {data.members.map((m) => (
                <div className="option" key={m.id}>
                  <input type="checkbox" id={`present-${m.id}`} name="present" value={m.id} defaultChecked={data.present.includes(m.id)} />
                  <label htmlFor={`present-${m.id}`}>
                    <MemberName member={m} />
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="button">
            {t("meetings.saveAttendance")}
          </button>
        </Form>
      ) : (
        data.recorded && (
          <ul>
            {data.members
              .filter((m) => data.present.includes(m.id))
              .map((m) => (
                <li key={m.id}>
                  <MemberName member={m} />
                </li>
              ))}
          </ul>
        )
      )}
    </section>
  );
}

/** "Organisation – Given Family (position)": a seat, with its named person if any. */
function MemberName({ member }: { member: MemberRow }) {
  const t = useT();
  const localize = useLocalize();
  return (
    <>
      {localize(member.organizationName)}
      {member.givenName && ` – ${member.givenName} ${member.familyName}`} ({t(positionKey(member.position))})
    </>
  );
}
