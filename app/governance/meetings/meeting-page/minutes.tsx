import { Form, Link } from "react-router";
import { useLanguage, useT } from "../../../kit/i18n/use-i18n";
import { ErrorSummary, fieldId } from "../../../kit/forms/components";
import { formatDate } from "../../../kit/format";
import { minutesStatusKey } from "../components";
import type { FormState, MeetingPageData } from "./state";

/**
 * The minutes, rendered; for those who run the meeting the Markdown editor (with a conflict shown
 * when someone else saved first) and the next step: circulate a draft, approve circulated minutes.
 */
export function MinutesSection({ data, state, formKey }: { data: MeetingPageData; state: FormState; formKey: string }) {
  const t = useT();
  const lang = useLanguage();
  const { meeting } = data;
  const conflict = state.conflictFor("minutes");
  const errors = state.errorsFor("minutes");
  return (
    <section aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">{t("meetings.minutesHeading")}</h2>
      <p>
        {t("meetings.minutesState", { state: t(minutesStatusKey(meeting.minutesStatus)) })}
        {data.approvedAt && ` – ${t("meetings.approvedAtMeeting", { date: formatDate(data.approvedAt.startsAt, lang) })}`}
      </p>
      {data.minutesHtml ? <div className="card minutes" dangerouslySetInnerHTML={{ __html: data.minutesHtml }} /> : <p>{t("meetings.noMinutes")}</p>}
      {data.minutesHtml && (
        <ul className="link-list">
          <li>
            <Link to={`/${lang}/work/meetings/${meeting.id}/minutes`}>{t("meetings.minutesPrintView")}</Link>
          </li>
          <li>
            <a href={`/${lang}/work/meetings/${meeting.id}/minutes.pdf`} download>
              {t("meetings.minutesPdf")}
            </a>
          </li>
        </ul>
      )}
      {data.runs && meeting.minutesStatus !== "approved" && (
        <>
          {conflict && (
            <div className="alert alert--error" role="alert">
              <p>{state.message}</p>
              <p>{t("meetings.conflictKept")}</p>
            </div>
          )}
          <ErrorSummary errors={errors} labels={{ text: t("meetings.minutesField") }} />
          <Form method="post" className="form" key={formKey}>
            <input type="hidden" name="intent" value="minutes" />
            <input type="hidden" name="version" value={conflict?.version ?? meeting.minutesVersion} />
            <div className="field">
              <label htmlFor={fieldId("text")}>{t("meetings.minutesField")}</label>
              <p className="field__hint" id="minutes-hint">
                {t("meetings.minutesHint")}
              </p>
              <textarea
                id={fieldId("text")}
                name="minutes"
                rows={14}
                defaultValue={state.sent?.form === "minutes" ? state.sent.input.text : meeting.minutes}
                aria-describedby={errors?.text ? "minutes-hint f-text-error" : "minutes-hint"}
                aria-invalid={errors?.text ? true : undefined}
              />
              {errors?.text && (
                <p className="field__error" id="f-text-error">
                  {errors.text}
                </p>
              )}
            </div>
            <button type="submit" className="button">
              {t("meetings.saveMinutes")}
            </button>
          </Form>
          <ErrorSummary errors={state.errorsFor("minutesState")} />
          {meeting.minutesStatus === "draft" && (
            <Form method="post">
              <input type="hidden" name="intent" value="circulate" />
              <button type="submit" className="button button--secondary">
                {t("meetings.circulate")}
              </button>
            </Form>
          )}
          {meeting.minutesStatus === "circulated" && (
            <Form method="post">
              <input type="hidden" name="intent" value="approve" />
              <p className="field__hint" id="approve-hint">
                {t("meetings.approveHint")}
              </p>
              <button type="submit" className="button" aria-describedby="approve-hint">
                {t("meetings.approve")}
              </button>
            </Form>
          )}
        </>
      )}
    </section>
  );
}
