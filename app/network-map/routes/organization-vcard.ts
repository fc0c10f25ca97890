import { data } from "react-router";
import { config } from "~/kit/config.server";
import { localize } from "~/kit/i18n/localized";
import { languageOf } from "~/kit/i18n/languages";
import { placeName, reference } from "~/reference/public.server";
import { getOrganizationPage } from "../queries.server";
import { buildVCard, vCardFileName } from "../vcard";
import type { Route } from "./+types/organization-vcard";

/** The organisation's contact card: name, web, e-mail, phone and its first service point's address. */
export async function loader({ params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const page = await getOrganizationPage(params.id, false);
  if (!page) throw data(null, { status: 404 });
  const org = page.organization;
  const name = localize(org.name, lang).text;
  const point = page.servicePoints[0];
  const ref = await reference();
  const card = buildVCard({
    kind: "org",
    fullName: name,
    organization: name,
    email: org.email ?? undefined,
    phone: org.phone ?? undefined,
    url: org.website ?? `${config.publicUrl}/${lang}/organisations/${org.id}`,
    address: point
      ? { street: point.streetAddress, postalCode: point.postalCode, locality: placeName(ref.byCode.get(point.municipalityCode), lang) }
      : undefined,
  });
  return new Response(card, {
    headers: {
      "Content-Type": "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="${vCardFileName(name)}"`,
    },
  });
}
