import { useT } from "~/kit/i18n/use-i18n";
import { acceptAttribute, maxDocumentBytes } from "./files";

/** The file input with its hint (allowed types, the size limit) and error, labelled for assistive technology. */
export function FileField({ label, error }: { label: string; error?: string }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor="f-file">{label}</label>
      <p id="f-file-hint" className="field__hint">
        {t("documents.fileHint", { max: Math.round(maxDocumentBytes / 1024 / 1024) })}
      </p>
      <input
        id="f-file"
        name="file"
        type="file"
        accept={acceptAttribute}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "f-file-hint f-file-error" : "f-file-hint"}
      />
      {error && (
        <p id="f-file-error" className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
