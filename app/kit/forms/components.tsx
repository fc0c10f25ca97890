import { useEffect, useRef } from "react";
import { useLocation, useNavigation, useSearchParams } from "react-router";
import type { MessageKey } from "../i18n/catalogue";
import { contentLanguages, type LocalizedText } from "../i18n/localized";
import { useT } from "../i18n/use-i18n";
import { dateForInput, timeForInput } from "../dates/finnish-format";
import type { EditConflictData } from "./conflict-values";

/** Field errors by input path ("name.fi", "channels.0.contact"), already translated. */
export type FieldErrors = Record<string, string>;

export const fieldId = (path: string) => `f-${path.replace(/\./g, "-")}`;
const errorId = (path: string) => `${fieldId(path)}-error`;

/** The first error on the path itself or on any item below it ("languages" or "languages.0"). */
export function errorFor(errors: FieldErrors | undefined, path: string): string | undefined {
  if (!errors) return undefined;
  if (errors[path]) return errors[path];
  const below = Object.keys(errors).find((key) => key.startsWith(`${path}.`) && /^\d+$/.test(key.slice(path.length + 1)));
  return below ? errors[below] : undefined;
}

const workNotices: Record<string, MessageKey> = { saved: "work.saved", created: "work.created", deleted: "work.deleted", verified: "work.verified" };

/** The message after a post-redirect-get (?notice=saved): `notices` maps each notice to its message. */
export function Notice({ notices = workNotices }: { notices?: Record<string, MessageKey> }) {
  const t = useT();
  const [params] = useSearchParams();
  const notice = params.get("notice") ?? "";
  const key = Object.hasOwn(notices, notice) ? notices[notice] : undefined;
  return key ? (
    <p role="status" className="alert alert--success">
      {t(key)}
    </p>
  ) : null;
}

/** Summary of the form's errors at its top, each linking to its field. */
export function ErrorSummary({ errors, labels = {} }: { errors?: FieldErrors; labels?: Record<string, string> }) {
  const t = useT();
  const summary = useRef<HTMLDivElement>(null);
  // With JavaScript the page does not reload: move focus to the summary as a reload would to the top.
  useEffect(() => summary.current?.focus(), [errors]);
  if (!errors || Object.keys(errors).length === 0) return null;
  return (
    <div role="alert" className="alert alert--error error-summary" ref={summary} tabIndex={-1}>
      <p>{t("work.errorSummary")}</p>
      <ul>
        {Object.entries(errors).map(([path, message]) => {
          // Errors on a checkbox group's item or a whole row point at the group or row.
          const target = path.replace(/\.\d+$/, "");
          const label = labels[path] ?? labels[target] ?? labels[path.split(".")[0]];
          return (
            <li key={path}>
              {/* A message that names its field already (dates) is not prefixed twice. */}
              <a href={`#${fieldId(target)}`}>{label && !message.startsWith(`${label}:`) ? `${label}: ${message}` : message}</a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function FieldError({ path, message }: { path: string; message?: string }) {
  return message ? (
    <p id={errorId(path)} className="field__error">
      {message}
    </p>
  ) : null;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

export function TextField(props: {
  name: string;
  label: string;
  value?: string | number | null;
  errors?: FieldErrors;
  type?: "text" | "email" | "url" | "tel" | "time";
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  lang?: string;
  autoComplete?: string;
  inputMode?: "decimal" | "numeric";
  maxLength?: number;
}) {
  const id = fieldId(props.name);
  const error = props.errors?.[props.name];
  const hintId = props.hint ? `${id}-hint` : undefined;
  const common = {
    id,
    name: props.name,
    defaultValue: props.value ?? "",
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(hintId, error && errorId(props.name)),
    required: props.required,
    lang: props.lang,
    maxLength: props.maxLength,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} className="field__hint">
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        <input {...common} type={props.type ?? "text"} autoComplete={props.autoComplete} inputMode={props.inputMode} />
      )}
      <FieldError path={props.name} message={error} />
    </div>
  );
}

interface DateOrTimeFieldProps {
  name: string;
  label: string;
  /** A stored ISO value ("2027-02-15", "09:30") shows in the Finnish form; what the user sent shows as it was. */
  value?: string | null;
  errors?: FieldErrors;
  /** Said before the format hint. */
  hint?: string;
  required?: boolean;
}

/**
 * A date typed as Finns write it, "15.2.2027" (ISO works too; decision 0173). A text input, not
 * type="date": it works the same without JavaScript and in every browser, and a numeric keyboard is
 * not asked for because the Finnish one offers a comma, not the dot a date needs.
 */
export function DateField(props: DateOrTimeFieldProps) {
  const t = useT();
  const hint = [props.hint, t("dates.dateHint")].filter(Boolean).join(" ");
  return (
    <TextField
      name={props.name}
      label={props.label}
      value={dateForInput(props.value)}
      errors={props.errors}
      hint={hint}
      required={props.required}
      autoComplete="off"
    />
  );
}

/** A time of day typed as "9", "9.00" or "13:30" (decision 0173). */
export function TimeField(props: DateOrTimeFieldProps) {
  const t = useT();
  const hint = [props.hint, t("dates.timeHint")].filter(Boolean).join(" ");
  return (
    <TextField
      name={props.name}
      label={props.label}
      value={timeForInput(props.value)}
      errors={props.errors}
      hint={hint}
      required={props.required}
      autoComplete="off"
    />
  );
}

/** A multilingual field as one input per content language, Finnish first. */
export function LocalizedFields(props: { name: string; label: string; value?: LocalizedText; errors?: FieldErrors; required?: boolean; multiline?: boolean }) {
  const t = useT();
  return (
    <>
      {contentLanguages.map((lang) => (
        <TextField
          key={lang}
          name={`${props.name}.${lang}`}
          label={`${props.label} ${t(`work.fieldLanguage.${lang}`)}`}
          value={props.value?.[lang]}
          errors={props.errors}
          required={props.required && lang === "fi"}
          multiline={props.multiline}
          lang={lang}
        />
      ))}
    </>
  );
}

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
}

export function SelectField(props: {
  name: string;
  label: string;
  options: Option[];
  value?: string | null;
  errors?: FieldErrors;
  emptyLabel?: string;
  required?: boolean;
}) {
  const id = fieldId(props.name);
  const error = props.errors?.[props.name];
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        defaultValue={props.value ?? ""}
        required={props.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(props.name) : undefined}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError path={props.name} message={error} />
    </div>
  );
}

/**
 * A multi-select as a group of checkboxes. Options the user may not change are shown disabled, and
 * the ticked ones among them are sent as hidden fields so that saving does not drop them.
 */
export function CheckboxGroup(props: { name: string; legend: string; options: Option[]; selected: readonly string[]; errors?: FieldErrors; hint?: string }) {
  const id = fieldId(props.name);
  const error = errorFor(props.errors, props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  return (
    <fieldset id={id} className="checkbox-group" aria-describedby={describedBy(hintId, error && errorId(props.name))} tabIndex={-1}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p id={hintId} className="field__hint">
          {props.hint}
        </p>
      )}
      <div className="checkbox-group__options">
        {props.options.map((o) => {
          const optionId = `${id}--${o.value}`;
          const checked = props.selected.includes(o.value);
          return (
            <div key={o.value} className="option">
              <input type="checkbox" id={optionId} name={o.disabled ? undefined : props.name} value={o.value} defaultChecked={checked} disabled={o.disabled} />
              <label htmlFor={optionId}>{o.label}</label>
              {o.disabled && checked && <input type="hidden" name={props.name} value={o.value} />}
            </div>
          );
        })}
      </div>
      <FieldError path={props.name} message={error} />
    </fieldset>
  );
}

/**
 * The values a form shows: what the user sent when it was refused, otherwise the stored entry.
 * The key remounts the form after each answer, so that its uncontrolled fields show those values.
 */
export function useFormState<V>(stored: V, actionData: { values: V; errors?: FieldErrors; conflict?: EditConflictData } | undefined) {
  const location = useLocation();
  const errors = actionData?.errors;
  const conflict = actionData?.conflict;
  return {
    values: actionData?.values ?? stored,
    errors,
    // A 409 answer: the form carries the stored version from now on (see EditConflictNotice).
    conflict,
    formKey: `${location.key}-${errors ? JSON.stringify(errors) : ""}-${conflict?.version ?? ""}`,
  };
}

export function SubmitButton({ label }: { label?: string }) {
  const t = useT();
  const navigation = useNavigation();
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={navigation.state === "submitting"}>
        {label ?? t("common.save")}
      </button>
    </div>
  );
}

/** A required consent box, with the text it consents to above it when there is one. */
export function ConsentField(props: { label: string; text?: string; checked: boolean; error?: string }) {
  const describedBy = [props.text ? "f-consent-text" : "", props.error ? "f-consent-error" : ""].filter(Boolean).join(" ");
  return (
    <div className="field">
      {props.text && <p id="f-consent-text">{props.text}</p>}
      <div className="option">
        <input
          type="checkbox"
          id="f-consent"
          name="consent"
          value="yes"
          defaultChecked={props.checked}
          required
          aria-describedby={describedBy || undefined}
          aria-invalid={props.error ? true : undefined}
        />
        <label htmlFor="f-consent">{props.label}</label>
      </div>
      {props.error && (
        <p className="field__error" id="f-consent-error">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** A field people never see nor reach by keyboard: a form that fills it was sent by a bot. */
export function HoneypotField({ label }: { label: string }) {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor="f-website">{label}</label>
      <input id="f-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
