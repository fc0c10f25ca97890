import type { MessageKey } from "~/i18n/catalogue";
import { Notice } from "~/network-map/work/components";

const notices: Record<string, MessageKey> = Object.fromEntries(
  (["created", "saved", "published", "restored", "unpublished"] as const).map((n) => [n, `content.notice.${n}`]),
);

/** The message after a post-redirect-get on the content pages (?notice=saved). */
export function ContentNotice() {
  return <Notice notices={notices} />;
}
