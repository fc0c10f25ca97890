/**
 * The genitive of each region's name (maakunta code list), for sentences such as "Kainuun alueen
 * kumppanuussopimus" or "Kajanalands partnerskapsavtal". Finnish place names inflect irregularly
 * (Lappi → Lapin, Uusimaa → Uudenmaan, Satakunta → Satakunnan), so the forms are written out here
 * rather than made with a suffix rule; Swedish adds -s except after s and x (Norra Savolax). English
 * needs no case, and has names of its own (Lapland, North Ostrobothnia), written here too.
 */
export const regionGenitives: Readonly<Record<string, { fi: string; sv: string; en: string }>> = {
  maakunta_01: { fi: "Uudenmaan", sv: "Nylands", en: "Uusimaa" },
  maakunta_02: { fi: "Varsinais-Suomen", sv: "Egentliga Finlands", en: "Southwest Finland" },
  maakunta_04: { fi: "Satakunnan", sv: "Satakuntas", en: "Satakunta" },
  maakunta_05: { fi: "Kanta-Hämeen", sv: "Egentliga Tavastlands", en: "Kanta-Häme" },
  maakunta_06: { fi: "Pirkanmaan", sv: "Birkalands", en: "Pirkanmaa" },
  maakunta_07: { fi: "Päijät-Hämeen", sv: "Päijänne-Tavastlands", en: "Päijät-Häme" },
  maakunta_08: { fi: "Kymenlaakson", sv: "Kymmenedalens", en: "Kymenlaakso" },
  maakunta_09: { fi: "Etelä-Karjalan", sv: "Södra Karelens", en: "South Karelia" },
  maakunta_10: { fi: "Etelä-Savon", sv: "Södra Savolax", en: "South Savo" },
  maakunta_11: { fi: "Pohjois-Savon", sv: "Norra Savolax", en: "North Savo" },
  maakunta_12: { fi: "Pohjois-Karjalan", sv: "Norra Karelens", en: "North Karelia" },
  maakunta_13: { fi: "Keski-Suomen", sv: "Mellersta Finlands", en: "Central Finland" },
  maakunta_14: { fi: "Etelä-Pohjanmaan", sv: "Södra Österbottens", en: "South Ostrobothnia" },
  maakunta_15: { fi: "Pohjanmaan", sv: "Österbottens", en: "Ostrobothnia" },
  maakunta_16: { fi: "Keski-Pohjanmaan", sv: "Mellersta Österbottens", en: "Central Ostrobothnia" },
  maakunta_17: { fi: "Pohjois-Pohjanmaan", sv: "Norra Österbottens", en: "North Ostrobothnia" },
  maakunta_18: { fi: "Kainuun", sv: "Kajanalands", en: "Kainuu" },
  maakunta_19: { fi: "Lapin", sv: "Lapplands", en: "Lapland" },
  maakunta_21: { fi: "Ahvenanmaan", sv: "Ålands", en: "Åland" },
};

/**
 * A region's name for a sentence that needs the genitive, in each language: "Kainuun" and
 * "Kajanalands", and the English name. The messages then say "{region} alueen kumppanuussopimus",
 * "{region} partnerskapsavtal" and "the partnership agreement of {region}".
 */
export function regionGenitive(code: string, names: { fi: string; sv: string }): { fi: string; sv: string; en: string } {
  // Every code of the list is above (a unit test checks); a name alone is the fallback for an unknown one.
  return regionGenitives[code] ?? { fi: names.fi, sv: names.sv, en: names.fi };
}
