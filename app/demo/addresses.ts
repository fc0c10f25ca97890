/**
 * Visiting addresses of the demo organisations' service points, per organisation and municipality.
 * The organisations are real, so are the addresses; `basis` says where each one comes from:
 *
 * - `seed`: the source documents (/work/shared/seeds);
 * - `public page`: a public web page of the organisation or a public register;
 * - `knowledge`: the organisation's well-known public address;
 * - `uncertain`: not confirmed. `note` says what was used instead: the organisation's parent, the
 *   street without a number, or the municipality's city hall as a stand-in. Replace these with the
 *   organisation's own visiting address when it is confirmed.
 *
 * Coordinates are approximations of the place (good enough for the map), not survey points.
 */
export interface DemoAddress {
  street: string;
  postalCode: string;
  lat: number;
  lon: number;
  basis: "seed" | "public page" | "knowledge" | "uncertain";
  note?: string;
}

const rovaniemiCityHall = { street: "Hallituskatu 7", postalCode: "96100", lat: 66.5011, lon: 25.729 };
const kajaaniCityHall = { street: "Pohjolankatu 13", postalCode: "87100", lat: 64.2265, lon: 27.73 };
const reduOffice = { street: "Korvanranta 50", postalCode: "96300", lat: 66.4935, lon: 25.769 };
const standIn = "the city hall as a stand-in: the organisation's own visiting address is not confirmed";

export const demoAddresses: Record<string, Record<string, DemoAddress>> = {
  // Lappi
  redu: { kunta_698: { ...reduOffice, basis: "public page" } },
  "lapin-ammattiopisto": {
    kunta_698: { ...reduOffice, basis: "uncertain", note: "the office of REDU, which has run the college since 2018; the campus address is not confirmed" },
    kunta_758: {
      street: "Jäämerentie 1",
      postalCode: "99600",
      lat: 67.416,
      lon: 26.59,
      basis: "uncertain",
      note: "Sodankylä's municipal office as a stand-in: REDU's Sodankylä unit address is not confirmed",
    },
  },
  "lapin-matkailuopisto": {
    kunta_698: { ...reduOffice, basis: "uncertain", note: "the office of REDU, which has run the college since 2018; the campus address is not confirmed" },
  },
  lappia: {
    kunta_851: {
      street: "Kivirannantie 13–15",
      postalCode: "95410",
      lat: 65.8555,
      lon: 24.177,
      basis: "uncertain",
      note: "Lappia's Tornio campus from memory, not confirmed",
    },
    kunta_240: { street: "Valtakatu 26", postalCode: "94100", lat: 65.7365, lon: 24.564, basis: "uncertain", note: `Kemi's ${standIn}` },
  },
  "ita-lapin-ammattiopisto": {
    kunta_320: {
      street: "Myllyjärventie",
      postalCode: "98100",
      lat: 66.716,
      lon: 27.4,
      basis: "uncertain",
      note: "the street of REDU's Kemijärvi unit from a news article; number and postal code not confirmed",
    },
  },
  sakk: { kunta_148: { street: "Menesjärventie 4", postalCode: "99870", lat: 68.906, lon: 27.025, basis: "public page" } },
  "lapin-amk": {
    kunta_698: { street: "Jokiväylä 11 C", postalCode: "96300", lat: 66.483, lon: 25.753, basis: "knowledge" },
    kunta_240: { street: "Tietokatu 1", postalCode: "94600", lat: 65.747, lon: 24.586, basis: "knowledge" },
  },
  "lapin-yliopisto": { kunta_698: { street: "Yliopistonkatu 8", postalCode: "96300", lat: 66.4858, lon: 25.712, basis: "knowledge" } },
  "lapin-elinvoimakeskus": {
    kunta_698: {
      street: "Hallituskatu 3 B",
      postalCode: "96100",
      lat: 66.5018,
      lon: 25.7262,
      basis: "public page",
      note: "the state office building at Hallituskatu 3; the staircase from memory",
    },
  },
  "rovaniemi-tyollisyys": { kunta_698: { ...rovaniemiCityHall, basis: "uncertain", note: standIn } },
  "rovaniemi-kirjasto": { kunta_698: { street: "Jorma Eton tie 6", postalCode: "96100", lat: 66.5004, lon: 25.7312, basis: "knowledge" } },
  "ohjaamo-rovaniemi": { kunta_698: { ...rovaniemiCityHall, basis: "uncertain", note: standIn } },
  "lapin-kesayliopisto": { kunta_698: { ...rovaniemiCityHall, basis: "uncertain", note: standIn } },
  // Both regions
  kela: {
    kunta_698: { ...rovaniemiCityHall, basis: "uncertain", note: `${standIn} (Kela's Rovaniemi service point)` },
    kunta_205: { ...kajaaniCityHall, basis: "uncertain", note: `${standIn} (Kela's Kajaani service point)` },
  },
  // Kainuu
  "kainuun-maakunta": {
    kunta_205: {
      street: "Kauppakatu 1",
      postalCode: "87100",
      lat: 64.2262,
      lon: 27.7255,
      basis: "uncertain",
      note: "the joint authority no longer exists and the seed gives only PL 142; the Regional Council of Kainuu's office is used",
    },
  },
  kao: {
    kunta_205: { street: "Opintie 3", postalCode: "87100", lat: 64.2185, lon: 27.75, basis: "public page" },
    kunta_290: { street: "Piilolantie 47", postalCode: "88900", lat: 64.129, lon: 29.505, basis: "public page" },
  },
  kamk: { kunta_205: { street: "Ketunpolku 1", postalCode: "87100", lat: 64.22, lon: 27.744, basis: "knowledge" } },
  "kajaanin-yliopistokeskus": { kunta_205: { ...kajaaniCityHall, basis: "uncertain", note: standIn } },
  "kainuun-kesayliopisto": { kunta_205: { ...kajaaniCityHall, basis: "uncertain", note: standIn } },
  "kajaanin-kansalaisopisto": {
    kunta_205: {
      street: "Koskikatu 4 B",
      postalCode: "87100",
      lat: 64.224,
      lon: 27.724,
      basis: "public page",
      note: "Kaukametsä; the postal code from the city centre's",
    },
  },
  "kajaanin-lukio": { kunta_205: { street: "Vuorikatu 2", postalCode: "87100", lat: 64.221, lon: 27.739, basis: "public page" } },
  "kainuun-tyollisyysalue": {
    kunta_205: { ...kajaaniCityHall, basis: "uncertain", note: `${standIn} (Kajaani is the employment area's lead municipality)` },
    kunta_290: {
      street: "Kainuuntie 84",
      postalCode: "88900",
      lat: 64.1265,
      lon: 29.517,
      basis: "uncertain",
      note: "Kuhmo's city hall from memory as a stand-in, not confirmed",
    },
  },
  "kainuun-etu": {
    kunta_205: { street: "Kehräämöntie 7", postalCode: "87400", lat: 64.2275, lon: 27.699, basis: "uncertain", note: "from memory, not confirmed" },
  },
  "kajaani-kirjasto": {
    kunta_205: { street: "Kauppakatu 35", postalCode: "87100", lat: 64.2235, lon: 27.7345, basis: "uncertain", note: "from memory, not confirmed" },
  },
  "ohjaamo-kainuu": { kunta_205: { ...kajaaniCityHall, basis: "uncertain", note: standIn } },
};

/** A one-line place for meeting invitations: "Lapin yliopisto, Yliopistonkatu 8, Rovaniemi". */
export const placeOf = (name: string, organization: string, municipality: string, town: string) =>
  `${name}, ${demoAddresses[organization][municipality].street}, ${town}`;
