import { safeRedirectTarget } from "~/kit/http/safe-redirect";

/** Only paths of this site, so that the sign-in pages cannot be used to send people elsewhere. */
export const safeNext = (value: FormDataEntryValue | string | null, lang: string) => safeRedirectTarget(value, `/${lang}/work`);
