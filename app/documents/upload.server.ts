import { data } from "react-router";
import { translator } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import { maxDocumentBytes } from "./files";
import type { UploadedFile } from "./inputs";

/** Room for the form's other fields and the multipart boundaries around the file. */
const formOverhead = 64 * 1024;

/**
 * Reads a multipart form without trusting it: a request announcing more than the limit (or not
 * announcing its length) is refused with 413/411 before its body is read, and a body that is not a
 * form is a 400. The file field comes back as bytes, or null when none was chosen.
 */
export async function readUploadForm(request: Request, lang: Language): Promise<{ form: FormData; file: UploadedFile | null }> {
  const t = translator(lang);
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(length)) throw data(t("documents.error.lengthRequired"), { status: 411 });
  if (length > maxDocumentBytes + formOverhead) throw data(t("documents.validation.tooLarge"), { status: 413 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw data(t("documents.error.notAForm"), { status: 400 });
  }
  const value = form.get("file");
  // A form sent without choosing a file carries an empty, nameless file.
  const file = value instanceof File && (value.size > 0 || value.name) ? { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) } : null;
  return { form, file };
}
