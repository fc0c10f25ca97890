import { privateDownload } from "~/kit/http/download.server";
import { translator } from "~/kit/i18n/catalogue";
import { loadMinutesDocument } from "../minutes-document.server";
import { minutesPdf } from "../minutes-pdf.server";
import type { Route } from "./+types/minutes-pdf";

/** `/:lang/work/meetings/:id/minutes.pdf`: the minutes as a PDF, for those who may read them. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const document = await loadMinutesDocument(request, params);
  const t = translator(document.lang);
  const fileName = `${t("meetings.minutesFileName")}-${document.meetingId.slice(0, 8)}.pdf`;
  return privateDownload(await minutesPdf(document), "pdf", fileName);
}
