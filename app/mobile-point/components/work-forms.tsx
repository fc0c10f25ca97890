import { Form } from "react-router";
import { serviceLanguages, topics } from "~/network-map/public";
import type { MessageKey } from "~/kit/i18n/catalogue";
import type { LocalizedText } from "~/kit/i18n/localized";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useT } from "~/kit/i18n/use-i18n";
import {
  CheckboxGroup,
  DateField,
  ErrorSummary,
  LocalizedFields,
  SelectField,
  SubmitButton,
  TextField,
  TimeField,
  type FieldErrors,
} from "~/kit/forms/components";
import { EditConflictNotice, VersionField } from "~/kit/forms/conflict";
import type { EditConflictData } from "~/kit/forms/conflict-values";
import { kindKeys } from "../visit-text";
import { mobilePointKinds, type MobilePointInput, type VisitInput, type VisitLogInput } from "../inputs";

interface FormState<V> {
  values: V;
  errors?: FieldErrors;
  conflict?: EditConflictData;
  version?: number;
}

type Named = { id: string; name: LocalizedText };
type Place = { code: string; name: string };

export function PointForm({
  state,
  regions,
  organizations,
  submit,
}: {
  state: FormState<MobilePointInput>;
  regions: Place[];
  organizations: Named[];
  submit: string;
}) {
  const t = useT();
  const localize = useLocalize();
  const { values, errors, conflict } = state;
  const labels = {
    name: t("mobilePoints.name"),
    description: t("mobilePoints.description"),
    kind: t("mobilePoints.kind"),
    regionCodes: t("mobilePoints.regions"),
    organizationIds: t("mobilePoints.staff"),
  };
  return (
    <>
      {conflict && <EditConflictNotice conflict={conflict} values={values} labels={labels} />}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="point" />
        {state.version !== undefined && <VersionField version={conflict?.version ?? state.version} />}
        <LocalizedFields name="name" label={labels.name} value={values.name} errors={errors} required />
        <LocalizedFields name="description" label={labels.description} value={values.description} errors={errors} multiline />
        <SelectField
          name="kind"
          label={labels.kind}
          value={values.kind}
          errors={errors}
          options={mobilePointKinds.map((k) => ({ value: k, label: t(kindKeys[k]) }))}
        />
        <CheckboxGroup
          name="regionCodes"
          legend={labels.regionCodes}
          options={regions.map((r) => ({ value: r.code, label: r.name }))}
          selected={values.regionCodes ?? []}
          errors={errors}
        />
        <CheckboxGroup
          name="organizationIds"
          legend={labels.organizationIds}
          hint={t("mobilePoints.staffHint")}
          options={organizations.map((o) => ({ value: o.id, label: localize(o.name) }))}
          selected={values.organizationIds ?? []}
          errors={errors}
        />
        <SubmitButton label={submit} />
      </Form>
    </>
  );
}

export function VisitForm({
  state,
  municipalities,
  staff,
  editing,
  submit,
}: {
  state: FormState<VisitInput>;
  municipalities: Place[];
  staff: Named[];
  editing: boolean;
  submit: string;
}) {
  const t = useT();
  const localize = useLocalize();
  const { values, errors, conflict } = state;
  const labels = {
    municipalityCode: t("mobilePoints.municipality"),
    placeName: t("mobilePoints.placeName"),
    streetAddress: t("mobilePoints.address"),
    postalCode: t("work.postalCode"),
    latitude: t("work.latitude"),
    longitude: t("work.longitude"),
    date: t("mobilePoints.date"),
    startTime: t("mobilePoints.startTime"),
    endTime: t("mobilePoints.endTime"),
    languages: t("mobilePoints.languages"),
    organizationIds: t("mobilePoints.onBoard"),
    note: t("mobilePoints.note"),
    changeReason: t("mobilePoints.changeReason"),
  };
  return (
    <>
      {conflict && <EditConflictNotice conflict={conflict} values={values} labels={labels} />}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="visit" />
        {state.version !== undefined && <VersionField version={conflict?.version ?? state.version} />}
        <SelectField
          name="municipalityCode"
          label={labels.municipalityCode}
          value={values.municipalityCode}
          errors={errors}
          emptyLabel=""
          options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
        />
        <TextField name="placeName" label={labels.placeName} hint={t("mobilePoints.placeHint")} value={values.placeName} errors={errors} required />
        <TextField name="streetAddress" label={labels.streetAddress} value={values.streetAddress} errors={errors} autoComplete="street-address" />
        <TextField name="postalCode" label={labels.postalCode} value={values.postalCode} errors={errors} inputMode="numeric" autoComplete="postal-code" />
        <div className="row">
          <TextField
            name="latitude"
            label={labels.latitude}
            value={values.latitude}
            errors={errors}
            inputMode="decimal"
            hint={t("mobilePoints.coordinatesHint")}
          />
          <TextField name="longitude" label={labels.longitude} value={values.longitude} errors={errors} inputMode="decimal" />
        </div>
        <DateField name="date" label={labels.date} value={values.date} errors={errors} required />
        <div className="row">
          <TimeField name="startTime" label={labels.startTime} value={values.startTime} errors={errors} required />
          <TimeField name="endTime" label={labels.endTime} value={values.endTime} errors={errors} required />
        </div>
        <CheckboxGroup
          name="languages"
          legend={labels.languages}
          options={serviceLanguages.map((l) => ({ value: l, label: t(`language.${l}` as MessageKey) }))}
          selected={values.languages ?? []}
          errors={errors}
        />
        <CheckboxGroup
          name="organizationIds"
          legend={labels.organizationIds}
          options={staff.map((o) => ({ value: o.id, label: localize(o.name) }))}
          selected={values.organizationIds ?? []}
          errors={errors}
        />
        <TextField name="note" label={labels.note} value={values.note} errors={errors} multiline />
        {editing && (
          <TextField name="changeReason" label={labels.changeReason} hint={t("mobilePoints.changeReasonHint")} value={values.changeReason} errors={errors} />
        )}
        <SubmitButton label={submit} />
      </Form>
    </>
  );
}

export function VisitLogForm({ state }: { state: FormState<VisitLogInput> }) {
  const t = useT();
  const { values, errors, conflict } = state;
  const labels = { visitors: t("mobilePoints.visitors"), topics: t("mobilePoints.topics") };
  return (
    <>
      {conflict && <EditConflictNotice conflict={conflict} values={values} labels={labels} />}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="log" />
        {state.version !== undefined && <VersionField version={conflict?.version ?? state.version} />}
        <TextField name="visitors" label={labels.visitors} value={values.visitors as string | number} errors={errors} inputMode="numeric" required />
        <CheckboxGroup
          name="topics"
          legend={labels.topics}
          options={topics.map((c) => ({ value: c, label: t(`topic.${c}` as MessageKey) }))}
          selected={values.topics ?? []}
          errors={errors}
        />
        <SubmitButton label={t("mobilePoints.saveLog")} />
      </Form>
    </>
  );
}
