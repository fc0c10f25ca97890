import { and, eq, inArray } from "drizzle-orm";
import type { CurrentUser } from "../kit/permissions/roles";
import { acceptAgreement, publishAgreement } from "../governance/commands/agreement.server";
import { createGroup } from "../governance/commands/group.server";
import { addMember } from "../governance/commands/membership.server";
import { agreementAcceptance, agreementVersion } from "../governance/schema.server";
import type { LocalizedText } from "../kit/i18n/localized";
import type { Transaction } from "../kit/db/db.server";
import { municipality } from "../reference/schema.server";

interface DemoGroup {
  key: string;
  region: "maakunta_19" | "maakunta_18";
  type: "cooperation" | "coordination" | "area" | "working";
  name: LocalizedText;
  description: LocalizedText;
  parent?: string;
  municipalities?: string[];
  /** Organisation key, position, and whether the organisation's contact person is named. */
  members: [string, "chair" | "vice_chair" | "secretary" | "member" | "deputy", boolean?][];
}

const groups: DemoGroup[] = [
  {
    key: "lappi-elo",
    region: "maakunta_19",
    type: "cooperation",
    name: {
      fi: "Lapin ELO – Jatkuvan oppimisen ja ohjauksen yhteistyöryhmä",
      sv: "Lapplands ELO – samarbetsgruppen för kontinuerligt lärande och vägledning",
      en: "Lapland ELO – Cooperation group for continuous learning and guidance",
    },
    description: {
      fi: "Lapin alueellinen elinikäisen ohjauksen yhteistyöryhmä. Ryhmien roolit on kuvattu kumppanuussopimuksessa ja toimintasuunnitelmassa.",
      sv: "Lapplands regionala samarbetsgrupp för livslång vägledning.",
      en: "Lapland's regional lifelong guidance cooperation group.",
    },
    members: [
      ["lapin-elinvoimakeskus", "chair", true],
      ["redu", "vice_chair", true],
      ["lapin-amk", "secretary", true],
      ["lapin-yliopisto", "member"],
      ["rovaniemi-tyollisyys", "member"],
      ["kela", "member"],
      ["lappia", "member"],
      ["lapin-matkailuopisto", "deputy"],
    ],
  },
  {
    key: "lappi-koordinaatio",
    region: "maakunta_19",
    type: "coordination",
    parent: "lappi-elo",
    name: { fi: "Lapin ELO-koordinaatioryhmä", sv: "Lapplands ELO-koordinationsgrupp", en: "Lapland ELO coordination group" },
    description: { fi: "Valmistelee yhteistyöryhmän kokoukset ja pitää ohjaajaverkostokartan ajan tasalla." },
    members: [
      ["lapin-elinvoimakeskus", "chair", true],
      ["ohjaamo-rovaniemi", "secretary", true],
      ["rovaniemi-kirjasto", "member"],
      ["lapin-kesayliopisto", "member"],
    ],
  },
  {
    key: "lappi-meri-lappi",
    region: "maakunta_19",
    type: "area",
    parent: "lappi-koordinaatio",
    name: { fi: "Meri-Lapin alueryhmä", sv: "Områdesgruppen för Västra Lappland", en: "Sea Lapland area group" },
    description: { fi: "Kemin, Tornion ja lähikuntien ohjaustoimijat." },
    municipalities: ["Kemi", "Tornio", "Keminmaa", "Simo", "Tervola"],
    members: [
      ["lappia", "chair", true],
      ["lapin-ammattiopisto", "member"],
    ],
  },
  {
    key: "lappi-rovaniemi",
    region: "maakunta_19",
    type: "area",
    parent: "lappi-koordinaatio",
    name: { fi: "Rovaniemen alueryhmä", sv: "Områdesgruppen för Rovaniemi", en: "Rovaniemi area group" },
    description: {},
    municipalities: ["Rovaniemi", "Ranua"],
    members: [
      ["rovaniemi-tyollisyys", "chair", true],
      ["ohjaamo-rovaniemi", "member"],
      ["rovaniemi-kirjasto", "member"],
    ],
  },
  {
    key: "kainuu-elo",
    region: "maakunta_18",
    type: "cooperation",
    name: { fi: "Kainuun ELO-yhteistyöryhmä", sv: "Kajanalands ELO-samarbetsgrupp", en: "Kainuu ELO cooperation group" },
    description: { fi: "Kainuun alueellinen elinikäisen ohjauksen yhteistyöryhmä." },
    members: [
      ["kainuun-maakunta", "chair", true],
      ["kainuun-etu", "secretary", true],
      ["kamk", "member"],
      ["kao", "member"],
      ["kainuun-tyollisyysalue", "member"],
      ["kela", "member"],
    ],
  },
  {
    key: "kainuu-koordinaatio",
    region: "maakunta_18",
    type: "coordination",
    parent: "kainuu-elo",
    name: { fi: "Kainuun ELO-koordinaatioryhmä", sv: "Kajanalands ELO-koordinationsgrupp", en: "Kainuu ELO coordination group" },
    description: {},
    members: [
      ["kainuun-etu", "chair", true],
      ["kajaanin-kansalaisopisto", "member"],
      ["kajaani-kirjasto", "member"],
    ],
  },
  {
    key: "kainuu-opinraitti",
    region: "maakunta_18",
    type: "working",
    parent: "kainuu-koordinaatio",
    name: { fi: "Opinraitti-työryhmä", sv: "Arbetsgruppen för Opinraitti", en: "Opinraitti working group" },
    description: {
      fi: "Ylläpitää opinraitti.fi-verkkopalvelua: opiskelu, opintojen rahoitus ja koulutustarjonta sekä pikalinkit elämäntilanteittain.",
      sv: "Upprätthåller webbtjänsten opinraitti.fi.",
      en: "Maintains the opinraitti.fi web service.",
    },
    members: [
      ["kainuun-tyollisyysalue", "chair", true],
      ["ohjaamo-kainuu", "secretary", true],
      ["kao", "member"],
      ["kamk", "member"],
      ["kajaanin-kansalaisopisto", "member"],
      ["kainuun-kesayliopisto", "deputy"],
    ],
  },
  {
    key: "kainuu-yla-kainuu",
    region: "maakunta_18",
    type: "area",
    parent: "kainuu-koordinaatio",
    name: { fi: "Ylä-Kainuun alueryhmä", sv: "Områdesgruppen för norra Kajanaland", en: "Upper Kainuu area group" },
    description: {},
    municipalities: ["Suomussalmi", "Hyrynsalmi", "Puolanka"],
    members: [
      ["kao", "chair", true],
      ["kainuun-tyollisyysalue", "member"],
    ],
  },
];

const agreementText: Record<"maakunta_19" | "maakunta_18", LocalizedText> = {
  maakunta_19: {
    fi: "Lapin ELO-verkoston kumppanuussopimus\n\n1. Yhteistyöryhmä linjaa alueen ohjauksen kehittämisen ja hyväksyy toimintasuunnitelman.\n2. Koordinaatioryhmä valmistelee kokoukset ja pitää ohjaajaverkostokartan ajan tasalla.\n3. Alueryhmät toteuttavat yhteistyötä seutukunnissa.\n4. Jäsenorganisaation yhdyshenkilö pitää organisaation tiedot ajan tasalla ja välittää tietoa omaan organisaatioonsa.",
    sv: "Partnerskapsavtal för Lapplands ELO-nätverk\n\n1. Samarbetsgruppen drar upp riktlinjerna.\n2. Koordinationsgruppen förbereder mötena och håller nätverkskartan aktuell.\n3. Områdesgrupperna samarbetar i ekonomiska regioner.\n4. Kontaktpersonen håller organisationens uppgifter aktuella.",
    en: "Partnership agreement of the Lapland ELO network\n\n1. The cooperation group sets the direction.\n2. The coordination group prepares meetings and keeps the network map current.\n3. Area groups cooperate in the sub-regions.\n4. Each member organisation's contact person keeps its entries current.",
  },
  maakunta_18: {
    fi: "Kainuun ohjausverkoston kumppanuussopimus\n\n1. Yhteistyöryhmä ohjaa verkoston toimintaa.\n2. Koordinaatioryhmä ja Opinraitti-työryhmä ylläpitävät palvelumallia ja opinraitti.fi-palvelua.\n3. Alueryhmä vastaa Ylä-Kainuun yhteistyöstä ja liikkuvan palvelupisteen käynneistä.\n4. Yhdyshenkilö pitää organisaationsa tiedot ajan tasalla.",
    sv: "Partnerskapsavtal för Kajanalands vägledningsnätverk",
    en: "Partnership agreement of the Kainuu guidance network",
  },
};

export interface DemoGroups {
  ids: Map<string, string>;
  /** Each group's memberships in the order they were added. */
  memberships: Map<string, string[]>;
}

/**
 * The Lapland and Kainuu groups, their members and one agreement version per region with some
 * acceptances, made through the governance commands by each region's coordinator.
 */
export async function loadDemoGovernance(
  tx: Transaction,
  coordinators: Record<"maakunta_19" | "maakunta_18", CurrentUser>,
  organizationIds: Map<string, string>,
  contactPractitioners: Map<string, string>,
): Promise<DemoGroups> {
  const names = groups.flatMap((g) => g.municipalities ?? []);
  const places = await tx
    .select()
    .from(municipality)
    .where(and(inArray(municipality.nameFi, names), inArray(municipality.regionCode, ["maakunta_18", "maakunta_19"])));
  const codeOf = new Map(places.map((m) => [m.nameFi, m.code]));
  const result: DemoGroups = { ids: new Map(), memberships: new Map() };
  for (const g of groups) {
    const coordinator = coordinators[g.region];
    const id = await createGroup(
      coordinator,
      {
        regionCode: g.region,
        type: g.type,
        name: g.name,
        description: g.description,
        parentId: g.parent ? result.ids.get(g.parent)! : undefined,
        municipalityCodes: (g.municipalities ?? []).map((name) => codeOf.get(name)!),
      },
      tx,
    );
    result.ids.set(g.key, id);
    const memberships: string[] = [];
    for (const [org, position, named] of g.members)
      memberships.push(
        await addMember(
          coordinator,
          id,
          { organizationId: organizationIds.get(org)!, practitionerId: named ? contactPractitioners.get(org)! : undefined, position, startsOn: "2025-01-01" },
          tx,
        ),
      );
    result.memberships.set(g.key, memberships);
  }

  const versions: { region: "maakunta_19" | "maakunta_18"; expiresOn: string; accepted: string[] }[] = [
    { region: "maakunta_19", expiresOn: "2027-12-31", accepted: ["lapin-elinvoimakeskus", "redu", "lapin-amk", "lappia", "rovaniemi-tyollisyys"] },
    // Kainuu's agreement runs out soon, so the "expires soon / expired" state has something to show.
    { region: "maakunta_18", expiresOn: "2026-12-31", accepted: ["kainuun-maakunta", "kamk", "ohjaamo-kainuu"] },
  ];
  for (const v of versions) {
    const coordinator = coordinators[v.region];
    const { id } = await publishAgreement(coordinator, { regionCode: v.region, body: agreementText[v.region], expiresOn: v.expiresOn }, tx);
    // The organisations signed on paper; the coordinator records their acceptances on their behalf.
    for (const org of v.accepted) await acceptAgreement(coordinator, organizationIds.get(org)!, id, tx);
    // Back-dated: the agreement was published and accepted early in 2025, which the reminders
    // (30 days after publishing) and the agreement page's dates rely on; a command writes "now".
    await tx
      .update(agreementVersion)
      .set({ publishedAt: new Date("2025-01-15T10:00:00Z") })
      .where(eq(agreementVersion.id, id));
    await tx
      .update(agreementAcceptance)
      .set({ acceptedAt: new Date("2025-02-03T09:00:00Z") })
      .where(eq(agreementAcceptance.versionId, id));
  }
  return result;
}
