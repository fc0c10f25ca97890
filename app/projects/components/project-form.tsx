import { Form } from "react-router";
import { targetGroups } from "~/network-map/public";
import type { LocalizedText } from "~/kit/i18n/localized";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useT } from "~/kit/i18n/use-i18n";
import { CheckboxGroup, DateField, ErrorSummary, LocalizedFields, SubmitButton, TextField, type FieldErrors } from "~/kit/forms/components";
import { EditConflictNotice, VersionField } from "~/kit/forms/conflict";
import type { EditConflictData } from "~/kit/forms/conflict-values";
import { indicatorKeys, indicatorParts, type IndicatorKey } from "../codes";
import { indicatorField } from "../form-data";
import type { ProjectInput } from "../inputs";

interface FormState {
  values: ProjectInput;
  errors?: FieldErrors;
  conflict?: EditConflictData;
  version?: number;
}

type Named = { id: string; name: LocalizedText };
type Place = { code: string; name: string };
type Action = { id: string; label: string };

const figureValue = (values: ProjectInput, key: IndicatorKey, part: (typeof indicatorParts)[number]) => {
  const figure = values.indicators?.[key] as Record<string, string | number | undefined> | undefined;
  return figure?.[part] ?? "";
};

/** The project card's form: the facts of the card, its partners and figures, and the plan actions it serves. */
export function ProjectForm({
  state,
  regions,
  organizations,
  actions,
  submit,
}: {
  state: FormState;
  regions: Place[];
  organizations: Named[];
  actions: Action[];
  submit: string;
}) {
  const t = useT();
  const localize = useLocalize();
  const { values, errors, conflict } = state;
  const labels: Record<string, string> = {
    code: t("projects.code"),
    name: t("projects.name"),
    summary: t("projects.summary"),
    funder: t("projects.funder"),
    programme: t("projects.programme"),
    startsOn: t("projects.startsOn"),
    endsOn: t("projects.endsOn"),
    budget: t("projects.budget"),
    realised: t("projects.realised"),
    regionCodes: t("projects.regions"),
    organizationIds: t("projects.partners"),
    targetGroups: t("projects.targetGroups"),
    outputs: t("projects.outputs"),
    planActionIds: t("projects.actions"),
    homepage: t("projects.homepage"),
  };
  for (const key of indicatorKeys)
    for (const part of indicatorParts) labels[indicatorField(key, part)] = t(`projects.part.${part}`, { indicator: t(`projects.indicator.${key}`) });
  return (
    <>
      {conflict && <EditConflictNotice conflict={conflict} values={values} labels={labels} />}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="form" noValidate>
        {state.version !== undefined && <VersionField version={conflict?.version ?? state.version} />}
        <TextField name="code" label={labels.code} value={values.code} errors={errors} required maxLength={40} />
        <LocalizedFields name="name" label={labels.name} value={values.name} errors={errors} required />
        <LocalizedFields name="summary" label={labels.summary} value={values.summary} errors={errors} multiline />
        <TextField name="funder" label={labels.funder} value={values.funder} errors={errors} required />
        <TextField name="programme" label={labels.programme} value={values.programme} errors={errors} />
        <DateField name="startsOn" label={labels.startsOn} value={values.startsOn} errors={errors} required />
        <DateField name="endsOn" label={labels.endsOn} value={values.endsOn} errors={errors} required />
        <TextField name="budget" label={labels.budget} value={values.budget} errors={errors} hint={t("projects.moneyHint")} inputMode="decimal" />
        <TextField name="realised" label={labels.realised} value={values.realised} errors={errors} inputMode="decimal" />
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
          hint={t("projects.partnersHint")}
          options={organizations.map((o) => ({ value: o.id, label: localize(o.name) }))}
          selected={values.organizationIds ?? []}
          errors={errors}
        />
        <CheckboxGroup
          name="targetGroups"
          legend={labels.targetGroups}
          options={targetGroups.map((g) => ({ value: g, label: t(`targetGroup.${g}`) }))}
          selected={values.targetGroups ?? []}
          errors={errors}
        />
        <fieldset className="checkbox-group">
          <legend>{t("projects.indicators")}</legend>
          <p className="field__hint">{t("projects.indicatorsHint")}</p>
          {indicatorKeys.map((key) => (
            <fieldset key={key} className="checkbox-group">
              <legend>{t(`projects.indicator.${key}`)}</legend>
              {indicatorParts.map((part) => (
                <TextField
                  key={part}
                  name={indicatorField(key, part)}
                  label={labels[indicatorField(key, part)]}
                  value={figureValue(values, key, part)}
                  errors={errors}
                  inputMode="numeric"
                  maxLength={12}
                />
              ))}
            </fieldset>
          ))}
        </fieldset>
        <TextField name="outputs" label={labels.outputs} value={values.outputs} errors={errors} hint={t("projects.outputsHint")} multiline />
        {actions.length > 0 && (
          <CheckboxGroup
            name="planActionIds"
            legend={labels.planActionIds}
            options={actions.map((a) => ({ value: a.id, label: a.label }))}
            selected={values.planActionIds ?? []}
            errors={errors}
          />
        )}
        <TextField name="homepage" label={labels.homepage} value={values.homepage} errors={errors} type="url" />
        <SubmitButton label={submit} />
      </Form>
    </>
  );
}
