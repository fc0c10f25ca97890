import { data } from "react-router";
import { localize } from "~/kit/i18n/localized";
import { languageOf } from "~/kit/i18n/languages";
import { getPractitionerPage } from "../queries.server";
import { buildVCard, vCardFileName } from "../vcard";
import { viewerIsNetworkMember } from "../viewer.server";
import type { Route } from "./+types/practitioner-vcard";

/** The practitioner's contact card, with the fields the visitor may see. */
export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const p = await getPractitionerPage(params.id, await viewerIsNetworkMember(request));
  if (!p) throw data(null, { status: 404 });
  const fullName = `${p.givenName} ${p.familyName}`;
  const card = buildVCard({
    fullName,
    givenName: p.givenName,
    familyName: p.familyName,
    organization: localize(p.organizationName, lang).text,
    title: localize(p.title, lang).text || undefined,
    email: p.email ?? undefined,
    phone: p.phone ?? undefined,
  });
  return new Response(card, {
    headers: {
      "Content-Type": "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="${vCardFileName(fullName)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
