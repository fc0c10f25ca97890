import { Form } from "react-router";
import type { LocalizedText } from "~/kit/i18n/localized";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useT } from "~/kit/i18n/use-i18n";
import { DateField, ErrorSummary, LocalizedFields, SelectField, SubmitButton, TextField, TimeField, type FieldErrors } from "~/kit/forms/components";
import { EditConflictNotice, VersionField } from "~/kit/forms/conflict";
import type { EditConflictData } from "~/kit/forms/conflict-values";
import { eventAudiences, eventKinds, eventVisibilities, type EventInput, type SessionInput } from "../inputs";
import { audienceKey, kindKey } from "../text";

interface FormState<V> {
  values: V;
  errors?: FieldErrors;
  conflict?: EditConflictData;
  version?: number;
}

type Named = { id: string; name: LocalizedText };

/** The event's own form: what, for whom, where and when, and how many fit. */
export function EventForm({
  state,
  regions,
  organizations,
  servicePoints,
  submit,
}: {
  state: FormState<EventInput>;
  regions: { code: string; name: string }[];
  organizations: Named[];
  servicePoints: Named[];
  submit: string;
}) {
  const t = useT();
  const localize = useLocalize();
  const { values, errors, conflict } = state;
  const labels = {
    kind: t("events.kind"),
    audience: t("events.audience"),
    visibility: t("events.visibility"),
    regionCode: t("events.region"),
    organizerId: t("events.organizer"),
    title: t("events.eventTitle"),
    description: t("events.description"),
    servicePointId: t("events.servicePoint"),
    address: t("events.address"),
    remoteUrl: t("events.remoteUrl"),
    date: t("events.date"),
    startTime: t("events.startTime"),
    endDate: t("events.endDate"),
    endTime: t("events.endTime"),
    capacity: t("events.capacity"),
    registrationOpens: t("events.registrationOpens"),
    registrationCloses: t("events.registrationCloses"),
  };
  return (
    <>
      {conflict && <EditConflictNotice conflict={conflict} values={values} labels={labels} />}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="event" />
        {state.version !== undefined && <VersionField version={conflict?.version ?? state.version} />}
        <LocalizedFields name="title" label={labels.title} value={values.title} errors={errors} required />
        <LocalizedFields name="description" label={labels.description} value={values.description} errors={errors} multiline />
        <SelectField
          name="kind"
          label={labels.kind}
          value={values.kind}
          errors={errors}
          options={eventKinds.map((k) => ({ value: k, label: t(kindKey(k)) }))}
        />
        <SelectField
          name="audience"
          label={labels.audience}
          value={values.audience}
          errors={errors}
          options={eventAudiences.map((a) => ({ value: a, label: t(audienceKey(a)) }))}
        />
        <SelectField
          name="visibility"
          label={labels.visibility}
          value={values.visibility}
          errors={errors}
          options={eventVisibilities.map((v) => ({ value: v, label: t(v === "public" ? "events.visibility.public" : "events.visibility.network") }))}
        />
        <SelectField
          name="regionCode"
          label={labels.regionCode}
          value={values.regionCode}
          errors={errors}
          options={regions.map((r) => ({ value: r.code, label: r.name }))}
        />
        <SelectField
          name="organizerId"
          label={labels.organizerId}
          value={values.organizerId}
          errors={errors}
          options={organizations.map((o) => ({ value: o.id, label: localize(o.name) }))}
        />
        <SelectField
          name="servicePointId"
          label={labels.servicePointId}
          value={values.servicePointId ?? ""}
          errors={errors}
          emptyLabel={t("events.noServicePoint")}
          options={servicePoints.map((p) => ({ value: p.id, label: localize(p.name) }))}
        />
        <TextField name="address" label={labels.address} value={values.address} errors={errors} hint={t("events.addressHint")} maxLength={300} />
        <TextField name="remoteUrl" label={labels.remoteUrl} value={values.remoteUrl} errors={errors} type="url" maxLength={500} />
        <DateField name="date" label={labels.date} value={values.date} errors={errors} required />
        <TimeField name="startTime" label={labels.startTime} value={values.startTime} errors={errors} required />
        <DateField name="endDate" label={labels.endDate} value={values.endDate} errors={errors} hint={t("events.endDateHint")} />
        <TimeField name="endTime" label={labels.endTime} value={values.endTime} errors={errors} required />
        <TextField
          name="capacity"
          label={labels.capacity}
          value={typeof values.capacity === "number" || typeof values.capacity === "string" ? String(values.capacity) : ""}
          errors={errors}
          inputMode="numeric"
          required
        />
        <DateField name="registrationOpens" label={labels.registrationOpens} value={values.registrationOpens} errors={errors} />
        <DateField name="registrationCloses" label={labels.registrationCloses} value={values.registrationCloses} errors={errors} />
        <SubmitButton label={submit} />
      </Form>
    </>
  );
}

/** One more item on the programme. */
export function SessionForm({ state }: { state: FormState<SessionInput> }) {
  const t = useT();
  const { values, errors } = state;
  const labels = {
    date: t("events.date"),
    startTime: t("events.startTime"),
    endTime: t("events.endTime"),
    title: t("events.sessionTitle"),
    speaker: t("events.speaker"),
  };
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="session" />
        <LocalizedFields name="title" label={labels.title} value={values.title} errors={errors} required />
        <TextField name="speaker" label={labels.speaker} value={values.speaker} errors={errors} maxLength={200} />
        <DateField name="date" label={labels.date} value={values.date} errors={errors} required />
        <TimeField name="startTime" label={labels.startTime} value={values.startTime} errors={errors} required />
        <TimeField name="endTime" label={labels.endTime} value={values.endTime} errors={errors} required />
        <SubmitButton label={t("events.addSession")} />
      </Form>
    </>
  );
}
