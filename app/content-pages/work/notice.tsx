import { useSearchParams } from "react-router";
import type { MessageKey } from "~/i18n/catalogue";
import { useT } from "~/i18n/use-i18n";

const notices = ["created", "saved", "published", "restored", "unpublished"] as const;

/** The message after a post-redirect-get on the content pages (?notice=saved). */
export function ContentNotice() {
  const t = useT();
  const [params] = useSearchParams();
  const notice = params.get("notice");
  if (!notice || !(notices as readonly string[]).includes(notice)) return null;
  return (
    <p role="status" className="alert alert--success">
      {t(`content.notice.${notice}` as MessageKey)}
    </p>
  );
}
