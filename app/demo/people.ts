/** Name parts for invented demo practitioners: the combinations are random, the people fictional. */
export const givenNames = [
  "Aino", "Eero", "Helmi", "Juho", "Kaisa", "Lauri", "Mervi", "Niko", "Outi", "Pekka", "Riikka", "Sami",
  "Tiina", "Ville", "Anu", "Jari", "Leena", "Markku", "Satu", "Tuomas", "Elina", "Antti", "Hanna", "Mikko",
  "Sanna", "Jussi", "Katja", "Petri", "Minna", "Timo", "Oona", "Aleksi", "Inkeri", "Kalle", "Marja", "Ristomatti",
];
export const familyNames = [
  "Kivelä", "Lampinen", "Ojanperä", "Rautio", "Salmela", "Tervonen", "Vaara", "Alatalo", "Heikkilä", "Jokela",
  "Keränen", "Liimatainen", "Mäkelä", "Niemelä", "Paavola", "Rasinkangas", "Sipola", "Tapio", "Uusitalo", "Ylitalo",
  "Aho", "Haataja", "Kemppainen", "Lehtola", "Moilanen", "Nissi", "Pesonen", "Ronkainen", "Seppänen", "Väyrynen",
];
export const titles = [
  { fi: "Opinto-ohjaaja", sv: "Studiehandledare", en: "Study counsellor" },
  { fi: "Uraohjaaja", sv: "Karriärvägledare", en: "Career counsellor" },
  { fi: "Koulutusneuvoja", sv: "Utbildningsrådgivare", en: "Education adviser" },
  { fi: "Asiantuntija", sv: "Sakkunnig", en: "Specialist" },
  { fi: "Ohjaaja", sv: "Handledare", en: "Guidance worker" },
  { fi: "Koulutussuunnittelija", sv: "Utbildningsplanerare", en: "Education planner" },
];
