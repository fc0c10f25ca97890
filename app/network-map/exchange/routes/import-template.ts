import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { requireUser } from "~/kit/permissions/current-user.server";
import { columnNames, isExchangeKind } from "../columns";
import { writeCsv } from "../csv";
import { templateRow } from "../template.server";
import type { Route } from "./+types/import-template";

/** `/:lang/work/import/templates/services.csv`: the header row and one example row for the user's own organisation. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const user = await requireUser(request, lang);
  const match = /^([a-z]+)\.csv$/.exec(params.file);
  if (!match || !isExchangeKind(match[1])) return new Response(t("export.badFile"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const kind = match[1];
  return new Response(writeCsv(columnNames(kind), [await templateRow(user, kind)]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="elo-${kind}-template.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
