import type { MessageKey } from "~/kit/i18n/catalogue";
import { Notice } from "~/kit/forms/components";

const notices: Record<string, MessageKey> = Object.fromEntries(
  (["created", "saved", "published", "restored", "unpublished"] as const).map((n) => [n, `content.notice.${n}`]),
);

/** The message after a post-redirect-get on the content pages (?notice=saved). */
export function ContentNotice() {
  return <Notice notices={notices} />;
}
