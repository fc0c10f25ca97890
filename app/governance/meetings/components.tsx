import type { ReactNode } from "react";
import type { MessageKey } from "../../kit/i18n/catalogue";
import type { Language } from "../../kit/i18n/languages";
import { localeOf } from "../../kit/i18n/languages";
import { useLanguage, useT } from "../../kit/i18n/use-i18n";
import type { LocalizedText } from "../../kit/i18n/localized";
import { DateField, ErrorSummary, type FieldErrors, TextField, TimeField } from "../../kit/forms/components";
import { formatDate } from "../../kit/format";
import { useLocalize } from "../../kit/i18n/localized-text";
import type { MeetingInput } from "./inputs";

export const meetingPath = (lang: string, id: string) => `/${lang}/work/meetings/${id}`;
export const planPath = (lang: string, groupId: string, year?: number) => `/${lang}/work/groups/${groupId}/meetings${year ? `?year=${year}` : ""}`;

/** "to 12.3.2026 klo 13.00–15.00" in the user's language, in Finnish time. */
export function formatMeetingTime(startsAt: Date | string, endsAt: Date | string, lang: Language): string {
  const zone = { timeZone: "Europe/Helsinki" } as const;
  const day = new Intl.DateTimeFormat(localeOf[lang], { ...zone, weekday: "short", day: "numeric", month: "numeric", year: "numeric" }).format(
    new Date(startsAt),
  );
  const time = new Intl.DateTimeFormat(localeOf[lang], { ...zone, hour: "2-digit", minute: "2-digit" });
  return `${day} ${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
}

/** "to 12.3.2026 klo 13.00": the start of a meeting. */
export function formatMeetingStart(startsAt: Date | string, lang: Language): string {
  return new Intl.DateTimeFormat(localeOf[lang], {
    timeZone: "Europe/Helsinki",
    weekday: "short",
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(startsAt));
}

export const minutesStatusKey = (s: string) => `meetings.minutesStatus.${s}` as MessageKey;
export const agendaStatusKey = (s: string) => `meetings.agendaStatus.${s}` as MessageKey;
export const actionStatusKey = (s: string) => `meetings.actionStatus.${s}` as MessageKey;

/** The meeting's time, place and theme, for planning a meeting and for changing it. */
export function MeetingFields({ values, errors }: { values: MeetingInput; errors?: FieldErrors }) {
  const t = useT();
  const labels = meetingLabels(t);
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <TextField name="theme" label={labels.theme} value={values.theme} errors={errors} required />
      <div className="row">
        <DateField name="date" label={labels.date} value={values.date} errors={errors} required />
        <TimeField name="startTime" label={labels.startTime} value={values.startTime} errors={errors} required />
        <TimeField name="endTime" label={labels.endTime} value={values.endTime} errors={errors} required />
      </div>
      <TextField name="place" label={labels.place} value={values.place} errors={errors} hint={t("meetings.placeHint")} />
      <TextField name="onlineUrl" label={labels.onlineUrl} value={values.onlineUrl} errors={errors} type="url" />
      <DateField name="agendaDeadline" label={labels.agendaDeadline} value={values.agendaDeadline} errors={errors} hint={t("meetings.deadlineHint")} required />
    </>
  );
}

export function meetingLabels(t: ReturnType<typeof useT>) {
  return {
    theme: t("meetings.theme"),
    date: t("meetings.date"),
    startTime: t("meetings.startTime"),
    endTime: t("meetings.endTime"),
    place: t("meetings.place"),
    onlineUrl: t("meetings.onlineUrl"),
    agendaDeadline: t("meetings.agendaDeadline"),
  };
}

interface ActionItemRow {
  id: string;
  description: string;
  owner: string;
  organizationName: LocalizedText | null;
  dueOn: string | null;
  status: string;
}

/**
 * A table of action items: description, owner, due date and status. The status cell is plain text
 * unless `status` renders it (a form on the meeting page); `from` adds a last column naming where each came from.
 */
export function ActionItemsTable<A extends ActionItemRow>({
  caption,
  actions,
  status,
  from,
}: {
  caption: string;
  actions: A[];
  status?: (action: A) => ReactNode;
  from?: { heading: string; cell: (action: A) => ReactNode };
}) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("meetings.actionDescription")}</th>
            <th scope="col">{t("meetings.actionOwner")}</th>
            <th scope="col">{t("meetings.actionDue")}</th>
            <th scope="col">{t("meetings.actionStatus")}</th>
            {from && <th scope="col">{from.heading}</th>}
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id}>
              <td>{a.description}</td>
              <td>
                {a.owner}
                {a.organizationName && `, ${localize(a.organizationName)}`}
              </td>
              <td>{a.dueOn ? formatDate(a.dueOn, lang) : "–"}</td>
              <td>{status ? status(a) : t(actionStatusKey(a.status))}</td>
              {from && <td>{from.cell(a)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
