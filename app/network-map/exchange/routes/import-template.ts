import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { columnNames, columns, isExchangeKind } from "../columns";
import { writeCsv } from "../csv";
import type { Route } from "./+types/import-template";

/** `/:lang/work/import/templates/services.csv`: the header row and one example row. */
export function loader({ params }: Route.LoaderArgs) {
  const t = translator(languageOf(params));
  const match = /^([a-z]+)\.csv$/.exec(params.file);
  if (!match || !isExchangeKind(match[1])) return new Response(t("export.badFile"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const kind = match[1];
  const example = Object.fromEntries(columns[kind].map((c) => [c.name, c.example]));
  return new Response(writeCsv(columnNames(kind), [example]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="elo-${kind}-template.csv"`,
    },
  });
}
