import { useT } from "~/kit/i18n/use-i18n";
import { fieldId, type FieldErrors } from "~/kit/forms/components";

/** The Markdown text: a tall text area with a short guide to the syntax. */
export function BodyField(props: { name: string; label: string; value?: string; errors?: FieldErrors; lang?: string }) {
  const t = useT();
  const id = fieldId(props.name);
  const error = props.errors?.[props.name];
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <p id={`${id}-hint`} className="field__hint">
        {t("content.field.bodyHint")}
      </p>
      <textarea
        id={id}
        name={props.name}
        rows={18}
        defaultValue={props.value ?? ""}
        lang={props.lang}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ")}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
