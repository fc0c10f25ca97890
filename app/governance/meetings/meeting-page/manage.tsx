import { Form } from "react-router";
import { useT } from "../../../kit/i18n/use-i18n";
import { MeetingFields } from "../components";
import type { MeetingInput } from "../inputs";
import { InvitationRecipients } from "./recipients";
import type { FormState, MeetingPageData } from "./state";

/** For those who run the meeting: invite (again), change the details, cancel. */
export function ManageMeeting(props: {
  meeting: MeetingPageData["meeting"];
  invitation: MeetingPageData["invitation"];
  values: MeetingInput;
  state: FormState;
  formKey: string;
}) {
  const t = useT();
  const { meeting, state } = props;
  return (
    <section aria-labelledby="manage-heading" className="card">
      <h2 id="manage-heading">{t("meetings.manageHeading")}</h2>
      {props.invitation && <InvitationRecipients invitation={props.invitation} />}
      <Form method="post">
        <input type="hidden" name="intent" value="invite" />
        <p className="field__hint" id="invite-hint">
          {meeting.invitedAt ? t("meetings.reinviteHint") : t("meetings.inviteHint")}
        </p>
        <button type="submit" className="button" aria-describedby="invite-hint">
          {meeting.invitedAt ? t("meetings.reinvite") : t("meetings.invite")}
        </button>
      </Form>
      <details open={state.sent?.form === "update"}>
        <summary>{t("meetings.editMeeting")}</summary>
        <Form method="post" className="form" noValidate key={props.formKey}>
          <input type="hidden" name="intent" value="update" />
          <MeetingFields values={state.sent?.form === "update" ? state.sent.input : props.values} errors={state.errorsFor("update")} />
          <button type="submit" className="button">
            {t("meetings.saveMeeting")}
          </button>
        </Form>
      </details>
      <Form method="post">
        <input type="hidden" name="intent" value="cancel" />
        <button type="submit" className="button button--danger">
          {t("meetings.cancel")}
        </button>
      </Form>
    </section>
  );
}
