import { writeCsv } from "~/network-map/public.server";
import { offeringColumnNames, offeringColumns } from "../columns";

/** `/:lang/work/offerings/import/template.csv`: the header row and one example row. */
export function loader() {
  const example = Object.fromEntries(offeringColumns.map((c) => [c.name, c.example]));
  return new Response(writeCsv(offeringColumnNames, [example]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="elo-offerings-template.csv"',
    },
  });
}
