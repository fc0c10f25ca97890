import { eq } from "drizzle-orm";
import type { CurrentUser } from "../kit/permissions/roles";
import { createPage } from "../content-pages/commands/create-page.server";
import { publishVersion } from "../content-pages/commands/publish-version.server";
import { saveVersion } from "../content-pages/commands/save-version.server";
import type { Section } from "../content-pages/inputs";
import { contentVersion } from "../content-pages/schema.server";
import type { Database } from "../kit/db/db.server";
import type { PageLanguage } from "../kit/i18n/page-languages";
import { immigrantGuidanceSlug } from "../content-pages/guidance";
import { immigrantGuidanceTexts } from "./immigrant-guidance";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Text = { title: string; summary: string; body: string };

interface DemoPage {
  slug: string;
  section: Section;
  regionCode?: string;
  position: number;
  /** Finnish always; a missing interface language shows the Finnish text with a notice. */
  texts: { fi: Text } & Partial<Record<Exclude<PageLanguage, "fi">, Text>>;
}

/**
 * The studying and financing sections of the citizens' service (seed 002), written for adults who
 * plan to study. Facts are kept general: the pages send readers to the body that decides.
 */
export const demoPages: DemoPage[] = [
  { slug: immigrantGuidanceSlug, section: "studying", position: 5, texts: immigrantGuidanceTexts },
  {
    slug: "applying-to-education",
    section: "studying",
    position: 10,
    texts: {
      fi: {
        title: "Koulutukseen hakeminen",
        summary: "Suurimpaan osaan tutkintoon johtavista koulutuksista haetaan Opintopolku.fi-palvelussa, joko yhteishaussa tai jatkuvassa haussa.",
        body: `## Opintopolku kokoaa koulutukset

[Opintopolku.fi](https://opintopolku.fi) on opetushallinnon palvelu, josta löydät ammatillisen koulutuksen, lukiokoulutuksen, ammattikorkeakoulujen ja yliopistojen koulutukset ja niiden hakuajat. Kirjaudu palveluun, niin näet hakemuksesi ja tulokset yhdessä paikassa.

## Yhteishaku ja jatkuva haku

- **Yhteishaussa** haetaan samaan aikaan moneen koulutukseen. Korkeakoulujen yhteishaut ovat keväällä ja syksyllä, ja hakukohteet laitetaan hakemuksessa järjestykseen.
- **Jatkuvassa haussa** voit hakea milloin tahansa. Aikuiset hakevat ammatilliseen koulutukseen yleensä jatkuvassa haussa joko Opintopolussa tai suoraan oppilaitokseen.
- **Erillishaut** ja **avoin korkeakouluopetus** toimivat omilla säännöillään: avoimiin opintoihin voit yleensä ilmoittautua ilman valintakoetta.

## Ohjaus auttaa valinnassa

Jos et tiedä, mikä ala tai koulutus sopii sinulle, ota yhteyttä ohjaukseen ennen hakemista. Löydät oman alueesi ohjauspalvelut [ohjauspalvelujen hausta](/fi/search).`,
      },
      sv: {
        title: "Att söka till utbildning",
        summary:
          "Till de flesta examensinriktade utbildningar söker man i tjänsten Studieinfo.fi, antingen i den gemensamma ansökan eller i den kontinuerliga ansökan.",
        body: `## Studieinfo samlar utbildningarna

[Studieinfo.fi](https://studieinfo.fi) är utbildningsförvaltningens tjänst där du hittar yrkesutbildning, gymnasieutbildning, utbildning vid yrkeshögskolor och universitet samt ansökningstiderna. Logga in i tjänsten så ser du dina ansökningar och resultat på ett ställe.

## Gemensam ansökan och kontinuerlig ansökan

- I den **gemensamma ansökan** söker du till flera utbildningar samtidigt. Högskolornas gemensamma ansökningar ordnas på våren och hösten, och i ansökan rangordnar du ansökningsmålen.
- I den **kontinuerliga ansökan** kan du söka när som helst. Vuxna söker till yrkesutbildning oftast i den kontinuerliga ansökan, antingen i Studieinfo eller direkt hos läroanstalten.
- **Separata ansökningar** och **öppen högskoleundervisning** har sina egna regler: till öppna studier kan du i regel anmäla dig utan urvalsprov.

## Vägledning hjälper dig att välja

Om du inte vet vilken bransch eller utbildning som passar dig, kontakta vägledningen innan du söker. Du hittar vägledningstjänsterna i din region i [sökningen av vägledningstjänster](/sv/search).`,
      },
      en: {
        title: "Applying to education",
        summary:
          "You apply to most programmes leading to a qualification in the Studyinfo.fi service, either in a joint application or in continuous application.",
        body: `## Studyinfo brings the programmes together

[Studyinfo.fi](https://studyinfo.fi) is the national education administration's service where you find vocational education, general upper secondary education, and programmes of universities of applied sciences and universities, with their application periods. Sign in to see your applications and results in one place.

## Joint application and continuous application

- In a **joint application** you apply to several programmes at once. The joint applications to higher education are held in spring and autumn, and you rank your choices in the application.
- In **continuous application** you can apply at any time. Adults usually apply to vocational education through continuous application, either in Studyinfo or directly to the institution.
- **Separate applications** and **open university studies** have their own rules: you can usually enrol in open studies without an entrance examination.

## Guidance helps you choose

If you do not know which field or programme suits you, contact a guidance service before you apply. Find the guidance services of your region in the [guidance search](/en/search).`,
      },
    },
  },
  {
    slug: "studying-alongside-work",
    section: "studying",
    position: 20,
    texts: {
      fi: {
        title: "Opiskelu työn ohessa",
        summary: "Aikuisena voit opiskella työn ohessa esimerkiksi verkossa, ilta- ja monimuoto-opetuksessa tai oppisopimuksella omalla työpaikallasi.",
        body: `## Joustavat tavat opiskella

- **Monimuoto- ja verkko-opetus**: osa opinnoista tehdään etänä omaan tahtiin, lähipäiviä on vähän.
- **Avoin ammattikorkeakoulu ja avoin yliopisto**: yksittäisiä opintojaksoja voi opiskella ilman tutkinto-opiskelijan opinto-oikeutta.
- **Kansalaisopistot ja muu vapaa sivistystyö**: lyhyitä kursseja esimerkiksi kielistä ja digitaidoista.
- **Oppisopimus**: suoritat ammatillisen tutkinnon tai sen osan työn ohessa ja saat palkkaa. Oppisopimuksesta sovitaan työnantajan ja oppilaitoksen kanssa.

## Sovi opiskelusta työnantajan kanssa

Kerro opiskelusuunnitelmistasi työnantajallesi. Joskus opinnot liittyvät työhön niin, että niitä voi tehdä osittain työajalla, tai työnantaja voi myöntää palkatonta vapaata. Tarkista työsopimuksesi ja työehtosopimuksesi ehdot.

## Ohjausta saat maksutta

Oppilaitosten opinto-ohjaajat ja alueesi ohjauspalvelut auttavat suunnittelemaan opinnot niin, että ne sopivat työhön ja muuhun elämään.`,
      },
      sv: {
        title: "Att studera vid sidan av arbetet",
        summary:
          "Som vuxen kan du studera vid sidan av arbetet till exempel på nätet, i kvälls- och flerformsundervisning eller som läroavtal på din egen arbetsplats.",
        body: `## Flexibla sätt att studera

- **Flerforms- och nätundervisning**: en del av studierna görs på distans i egen takt, med få närstudiedagar.
- **Öppen yrkeshögskola och öppet universitet**: enskilda studieavsnitt kan läsas utan studierätt som examensstuderande.
- **Medborgarinstitut och annat fritt bildningsarbete**: korta kurser till exempel i språk och digitala färdigheter.
- **Läroavtal**: du avlägger en yrkesinriktad examen eller en del av den vid sidan av arbetet och får lön. Läroavtalet avtalas med arbetsgivaren och läroanstalten.

## Kom överens om studierna med arbetsgivaren

Berätta om dina studieplaner för din arbetsgivare. Ibland hänger studierna ihop med arbetet så att de delvis kan göras på arbetstid, eller så kan arbetsgivaren bevilja oavlönad ledighet. Kontrollera villkoren i ditt arbetsavtal och ditt kollektivavtal.

## Vägledning får du avgiftsfritt

Läroanstalternas studiehandledare och vägledningstjänsterna i din region hjälper dig att planera studierna så att de passar ihop med arbetet och resten av livet.`,
      },
      en: {
        title: "Studying alongside work",
        summary:
          "As an adult you can study alongside work, for example online, in evening and blended teaching, or through an apprenticeship at your own workplace.",
        body: `## Flexible ways to study

- **Blended and online learning**: part of the studies is done remotely at your own pace, with few contact days.
- **Open universities of applied sciences and open universities**: you can take single courses without the right to study for a degree.
- **Adult education centres and other liberal adult education**: short courses, for example in languages and digital skills.
- **Apprenticeship training**: you complete a vocational qualification or part of one while working, and you are paid. The apprenticeship is agreed with your employer and the education provider.

## Agree on your studies with your employer

Tell your employer about your study plans. Sometimes the studies are so closely linked to the work that part of them can be done during working hours, or the employer may grant unpaid leave. Check the terms of your employment contract and collective agreement.

## Guidance is free of charge

Study counsellors at education institutions and the guidance services of your region help you plan your studies so that they fit with your work and the rest of your life.`,
      },
    },
  },
  {
    slug: "recognition-of-prior-learning",
    section: "studying",
    position: 30,
    texts: {
      fi: {
        title: "Aiemmin opitun tunnistaminen",
        summary:
          "Työssä, harrastuksissa tai aiemmissa opinnoissa hankittu osaaminen voidaan tunnistaa ja tunnustaa osaksi uusia opintoja, jolloin opinnot voivat lyhentyä.",
        body: `## Mitä tunnistaminen tarkoittaa

Osaamisen tunnistamisessa selvitetään, mitä osaat jo. Tunnustamisessa osaaminen hyväksytään osaksi tutkintoa, jolloin sinun ei tarvitse opiskella samoja asioita uudelleen.

## Ammatillisessa koulutuksessa

Ammatillisessa koulutuksessa sinulle laaditaan henkilökohtainen osaamisen kehittämissuunnitelma (HOKS). Siinä käydään läpi aiempi osaamisesi, esimerkiksi työkokemus ja aiemmat tutkinnot, ja sovitaan, mitä sinun vielä tarvitsee oppia. Osaamisen voi usein osoittaa näytössä työtehtävissä.

## Korkeakouluissa

Ammattikorkeakouluissa ja yliopistoissa voit hakea aiempien opintojen hyväksilukua tai muulla tavoin hankitun osaamisen tunnustamista. Hakemukseen liitetään todistukset tai muu selvitys osaamisesta. Kunkin korkeakoulun ohjeet kertovat, miten ja milloin haetaan.

## Vinkki

Kokoa työtodistukset, koulutustodistukset ja kuvaukset tehtävistäsi valmiiksi ennen kuin aloitat opinnot. Ohjaaja auttaa sinua tunnistamaan osaamisesi.`,
      },
      sv: {
        title: "Erkännande av tidigare lärande",
        summary:
          "Kunnande som du fått i arbetet, på fritiden eller i tidigare studier kan identifieras och erkännas som en del av nya studier, så att studierna kan bli kortare.",
        body: `## Vad erkännande betyder

När kunnandet identifieras utreds vad du redan kan. När det erkänns godkänns kunnandet som en del av examen, så att du inte behöver studera samma saker på nytt.

## Inom yrkesutbildningen

Inom yrkesutbildningen görs en personlig utvecklingsplan för kunnandet (PUK) för dig. I den gås ditt tidigare kunnande igenom, till exempel arbetserfarenhet och tidigare examina, och man kommer överens om vad du ännu behöver lära dig. Kunnandet kan ofta visas vid ett yrkesprov i arbetsuppgifter.

## Vid högskolorna

Vid yrkeshögskolor och universitet kan du ansöka om att tidigare studier tillgodoräknas eller att kunnande som du fått på annat sätt erkänns. Till ansökan bifogas betyg eller annan utredning om kunnandet. Varje högskolas anvisningar berättar hur och när du ansöker.

## Tips

Samla arbetsintyg, utbildningsbetyg och beskrivningar av dina arbetsuppgifter innan du börjar studera. En vägledare hjälper dig att identifiera ditt kunnande.`,
      },
      en: {
        title: "Recognition of prior learning",
        summary:
          "Competence gained at work, in leisure activities or in earlier studies can be identified and recognised as part of new studies, which can make your studies shorter.",
        body: `## What recognition means

Identifying competence means finding out what you already know. Recognising it means accepting it as part of a qualification, so that you do not need to study the same things again.

## In vocational education

In vocational education a personal competence development plan (HOKS) is drawn up for you. It goes through your prior learning, such as work experience and earlier qualifications, and agrees what you still need to learn. You can often demonstrate your competence in a skills demonstration at work.

## In higher education

At universities of applied sciences and universities you can apply to have earlier studies credited, or competence gained in other ways recognised. You attach certificates or other evidence of your competence to the application. Each institution's instructions tell you how and when to apply.

## Tip

Collect your employment certificates, education certificates and descriptions of your tasks before you start studying. A guidance counsellor helps you identify your competence.`,
      },
    },
  },
  {
    slug: "kainuu-guidance-for-adult-learners",
    section: "studying",
    regionCode: "maakunta_18",
    position: 40,
    // Deliberately only in Finnish: readers of the other languages see it with a notice.
    texts: {
      fi: {
        title: "Kainuussa: ohjausta opiskelua suunnittelevalle aikuiselle",
        summary: "Kainuun verkoston ohjaajat auttavat opiskelun suunnittelussa kasvokkain, puhelimessa, chatissa ja liikkuvassa palvelupisteessä.",
        body: `## Mistä saan ohjausta Kainuussa?

- **Ohjaamo Kainuu** palvelee alle 30-vuotiaita kaikissa opiskeluun, työhön ja arkeen liittyvissä asioissa.
- **Oppilaitosten opinto-ohjaajat** neuvovat hakemisessa ja aiemman osaamisen tunnistamisessa.
- **Liikkuva palvelupiste** kiertää kunnissa, joissa ei ole omaa toimipistettä. Aikataulun löydät palvelun omalta sivulta.

Kaikkien Kainuun ohjauspalvelujen yhteystiedot löydät [ohjauspalvelujen hausta](/fi/search). Voit myös valita kartalta lähimmän palvelupisteen.

## Toimialapäivät

Kainuun verkosto järjestää toimialapäiviä, joissa yritykset, oppilaitokset ja työllisyyspalvelut esittelevät alojen työ- ja koulutusmahdollisuuksia. Seuraa ilmoittelua oppilaitosten ja Ohjaamon kanavilla.`,
      },
    },
  },
  {
    slug: "adult-education-allowance",
    section: "financing",
    position: 10,
    texts: {
      fi: {
        title: "Aikuiskoulutustuki on lakkautettu",
        summary:
          "Aikuiskoulutustukea ei voi enää saada uusiin opintoihin. Tuki lakkautettiin 1.8.2024 alkaen, ja sitä maksettiin vanhoille saajille enintään heinäkuun 2025 loppuun.",
        body: `## Mitä muuttui

Aikuiskoulutustuki oli työssä olleille aikuisille tarkoitettu tuki, jota maksoi Jatkuvan oppimisen ja työllisyyden palvelukeskus (aiemmin Työllisyysrahasto). Tuki lakkautettiin: uusia tukijaksoja ei myönnetty 1.8.2024 alkaen alkaviin opintoihin, ja ennen sitä alkaneiden opintojen tukea maksettiin enintään 31.7.2025 asti.

## Mitä tilalle

Aikuisen opintoja voi nyt rahoittaa esimerkiksi näin:

- [Kelan opintotuki](/fi/pages/study-grant-for-adults) päätoimisiin opintoihin
- [työttömyysetuudella opiskelu](/fi/pages/studying-on-unemployment-benefit), kun olet työnhakijana
- [työvoimakoulutus](/fi/pages/labour-market-training), joka on osallistujalle maksuton
- työnantajan kustantama koulutus ja oppisopimus

Jatkuvan oppimisen ja työllisyyden palvelukeskus rahoittaa lisäksi koulutuksia, joilla vastataan työvoimapulaan. Ne ovat osallistujille yleensä maksuttomia tai edullisia. Kysy alueesi ohjauspalveluista, mitä koulutuksia on tarjolla.`,
      },
      sv: {
        title: "Vuxenutbildningsstödet har avskaffats",
        summary:
          "Vuxenutbildningsstöd kan inte längre fås för nya studier. Stödet avskaffades från och med 1.8.2024 och betalades till tidigare mottagare högst till slutet av juli 2025.",
        body: `## Vad har ändrats

Vuxenutbildningsstödet var ett stöd för vuxna som hade arbetat, och det betalades av Servicecentret för kontinuerligt lärande och sysselsättning (tidigare Sysselsättningsfonden). Stödet avskaffades: inga nya stödperioder beviljades för studier som började 1.8.2024 eller senare, och stöd för studier som börjat före det betalades högst till 31.7.2025.

## Vad finns i stället

Vuxnas studier kan nu finansieras till exempel så här:

- [FPA:s studiestöd](/sv/pages/study-grant-for-adults) för studier på heltid
- [studier med arbetslöshetsförmån](/sv/pages/studying-on-unemployment-benefit) när du är arbetssökande
- [arbetskraftsutbildning](/sv/pages/labour-market-training), som är avgiftsfri för deltagaren
- utbildning som arbetsgivaren betalar och läroavtal

Servicecentret för kontinuerligt lärande och sysselsättning finansierar dessutom utbildningar som svarar på bristen på arbetskraft. De är oftast avgiftsfria eller förmånliga för deltagarna. Fråga vägledningstjänsterna i din region vilka utbildningar som finns.`,
      },
      en: {
        title: "The adult education allowance has ended",
        summary:
          "The adult education allowance is no longer available for new studies. It was abolished from 1 August 2024, and paid to earlier recipients until the end of July 2025 at the latest.",
        body: `## What changed

The adult education allowance was a benefit for adults with a work history, paid by the Service Centre for Continuous Learning and Employment (formerly the Employment Fund). It was abolished: no new periods were granted for studies starting on or after 1 August 2024, and the allowance for studies started before then was paid until 31 July 2025 at the latest.

## What is there instead

Adults can now finance their studies, for example, with:

- [Kela's student financial aid](/en/pages/study-grant-for-adults) for full-time studies
- [studying on unemployment benefit](/en/pages/studying-on-unemployment-benefit) while you are a jobseeker
- [labour-market training](/en/pages/labour-market-training), free of charge for the participant
- training paid for by your employer, and apprenticeships

The Service Centre for Continuous Learning and Employment also funds training that answers labour shortages. It is usually free or inexpensive for participants. Ask the guidance services of your region what training is available.`,
      },
    },
  },
  {
    slug: "study-grant-for-adults",
    section: "financing",
    position: 20,
    texts: {
      fi: {
        title: "Opintotuki aikuisopiskelijalle",
        summary: "Kelan opintotukea voi saada myös aikuisena, kun opiskelee päätoimisesti lukiossa, ammatillisessa koulutuksessa tai korkeakoulussa.",
        body: `## Mitä opintotuki on

Opintotuki koostuu opintorahasta ja valtion takaamasta opintolainasta. Asumiskuluihin haetaan yleensä yleistä asumistukea. Opintotukea maksaa [Kela](https://www.kela.fi/opintotuki).

## Kuka voi saada

- Opiskelet **päätoimisesti** toisen asteen oppilaitoksessa tai korkeakoulussa.
- Opinnot **edistyvät** riittävästi.
- Opintorahan määrään vaikuttavat muun muassa ikäsi, asumisesi ja omat tulosi. Tulot voivat pienentää tukea, joten tarkista tulorajat ennen hakemista.

Avoimen korkeakouluopetuksen opintoihin tai lyhyille kursseille ei yleensä saa opintotukea.

## Näin haet

Hae opintotukea Kelan asiointipalvelussa, kun sinulla on opiskelupaikka. Tukea maksetaan vasta hakemisesta, joten hae ajoissa. Kelan laskurilla voit arvioida tuen määrän.`,
      },
      sv: {
        title: "Studiestöd för vuxenstuderande",
        summary: "FPA:s studiestöd kan fås också som vuxen, när man studerar på heltid i gymnasium, yrkesutbildning eller vid en högskola.",
        body: `## Vad är studiestöd

Studiestödet består av studiepenning och statsborgen för studielån. För boendekostnader söker man i regel allmänt bostadsbidrag. Studiestödet betalas av [FPA](https://www.kela.fi/studiestod).

## Vem kan få stöd

- Du studerar **på heltid** vid en läroanstalt på andra stadiet eller vid en högskola.
- Studierna **framskrider** tillräckligt.
- Studiepenningens belopp påverkas bland annat av din ålder, ditt boende och dina egna inkomster. Inkomster kan minska stödet, så kontrollera inkomstgränserna innan du ansöker.

För studier vid öppna högskolor eller korta kurser får man i regel inte studiestöd.

## Så här ansöker du

Ansök om studiestöd i FPA:s e-tjänst när du har fått en studieplats. Stödet betalas först från ansökan, så ansök i god tid. Med FPA:s räknare kan du uppskatta stödets belopp.`,
      },
      en: {
        title: "Student financial aid for adult students",
        summary:
          "Adults, too, can get Kela's student financial aid when they study full time in general upper secondary or vocational education or in higher education.",
        body: `## What student financial aid is

Student financial aid consists of the study grant and a government-guaranteed student loan. For housing costs you usually apply for general housing allowance. Student financial aid is paid by [Kela](https://www.kela.fi/student-financial-aid).

## Who can get it

- You study **full time** at an upper secondary level institution or in higher education.
- Your studies **progress** well enough.
- The amount of the study grant depends on, among other things, your age, your housing and your own income. Income can reduce the aid, so check the income limits before you apply.

Open university studies and short courses usually do not entitle you to student financial aid.

## How to apply

Apply in Kela's online service once you have a study place. The aid is paid only from the time you apply, so apply in good time. Kela's calculator helps you estimate the amount.`,
      },
    },
  },
  {
    slug: "studying-on-unemployment-benefit",
    section: "financing",
    position: 30,
    texts: {
      fi: {
        title: "Opiskelu työttömyysetuudella",
        summary:
          "Työnhakijana voit opiskella omaehtoisesti ja saada samalla työttömyysetuutta, jos sovit opinnoista työllisyyspalvelujen kanssa ennen kuin ne alkavat.",
        body: `## Omaehtoinen opiskelu

Omaehtoisella opiskelulla tarkoitetaan opintoja, joihin haet itse ja jotka parantavat mahdollisuuksiasi työllistyä. Jos täytät ehdot, saat opintojen ajalta työttömyysetuutta Kelasta tai työttömyyskassasta.

## Ehdot lyhyesti

- Olet ilmoittautunut työnhakijaksi, ja olet vähintään 25-vuotias.
- Työllisyyspalvelut arvioivat, että tarvitset koulutusta ammattitaitosi parantamiseksi tai työllistyäksesi.
- Opinnot ovat päätoimisia ja johtavat tutkintoon tai sen osaan tai muuten parantavat ammattitaitoasi.
- **Sovit opinnoista ennen niiden alkamista.** Jälkikäteen tukea ei voi saada.

## Kenen puoleen käännyn

Vuoden 2025 alusta työllisyyspalveluista vastaavat kuntien ja kuntaryhmien työllisyysalueet. Ota yhteyttä oman työllisyysalueesi asiantuntijaan ja kerro opintosuunnitelmastasi. Ohjaaja voi auttaa sinua valitsemaan sopivan koulutuksen.`,
      },
      sv: {
        title: "Studier med arbetslöshetsförmån",
        summary:
          "Som arbetssökande kan du studera på eget initiativ och samtidigt få arbetslöshetsförmån, om du kommer överens om studierna med sysselsättningstjänsterna innan de börjar.",
        body: `## Frivilliga studier

Med frivilliga studier avses studier som du själv söker till och som förbättrar dina möjligheter att få arbete. Om du uppfyller villkoren får du arbetslöshetsförmån från FPA eller arbetslöshetskassan under studietiden.

## Villkoren i korthet

- Du är anmäld som arbetssökande och har fyllt 25 år.
- Sysselsättningstjänsterna bedömer att du behöver utbildning för att förbättra din yrkeskompetens eller för att få arbete.
- Studierna bedrivs på heltid och leder till en examen eller en del av en examen, eller förbättrar annars din yrkeskompetens.
- **Kom överens om studierna innan de börjar.** I efterhand kan man inte få stödet.

## Vem kontaktar jag

Sedan början av 2025 ansvarar kommunernas och kommungruppernas sysselsättningsområden för sysselsättningstjänsterna. Kontakta en sakkunnig vid ditt sysselsättningsområde och berätta om din studieplan. En vägledare kan hjälpa dig att välja en lämplig utbildning.`,
      },
      en: {
        title: "Studying on unemployment benefit",
        summary:
          "As a jobseeker you can study on your own initiative and keep receiving unemployment benefit, if you agree on the studies with the employment services before they begin.",
        body: `## Self-motivated studies

Self-motivated studies are studies you apply to yourself and that improve your chances of finding work. If you meet the conditions, you receive unemployment benefit from Kela or your unemployment fund during your studies.

## The conditions in brief

- You are registered as a jobseeker and you are at least 25 years old.
- The employment services assess that you need training to improve your vocational skills or to find work.
- The studies are full-time and lead to a qualification or part of one, or otherwise improve your vocational skills.
- **Agree on the studies before they begin.** The benefit cannot be granted afterwards.

## Whom to contact

Since the beginning of 2025 the employment services have been run by the employment areas of municipalities and groups of municipalities. Contact an expert in your employment area and tell them about your study plan. A guidance counsellor can help you choose suitable training.`,
      },
    },
  },
  {
    slug: "labour-market-training",
    section: "financing",
    position: 40,
    texts: {
      fi: {
        title: "Työvoimakoulutus",
        summary: "Työvoimakoulutus on työnhakijoille tarkoitettua, osallistujalle maksutonta ammatillista koulutusta, jonka työllisyyspalvelut hankkivat.",
        body: `## Mitä työvoimakoulutus on

Työvoimakoulutus on pääasiassa aikuisille työnhakijoille tarkoitettua koulutusta, jonka tavoitteena on työllistyminen. Se voi olla esimerkiksi ammatillinen tutkinto tai sen osa, täsmäkoulutus tietyn alan tehtäviin tai yrittäjäkoulutus. Koulutuksen hankkivat pääasiassa työllisyysalueet.

## Mitä se maksaa

Koulutus on osallistujalle maksuton. Koulutuksen ajalta voit saada työttömyysetuutta sekä kulukorvausta matka- ja majoituskuluihin.

## Näin haet

Työvoimakoulutukset löydät [Työmarkkinatorilta](https://tyomarkkinatori.fi), ja niihin haetaan sähköisellä hakulomakkeella. Hakijat valitaan usein haastattelun tai soveltuvuuden arvioinnin perusteella. Keskustele hakemisesta työllisyyspalvelujen asiantuntijan kanssa.`,
      },
      sv: {
        title: "Arbetskraftsutbildning",
        summary: "Arbetskraftsutbildning är yrkesinriktad utbildning för arbetssökande, avgiftsfri för deltagaren, som sysselsättningstjänsterna upphandlar.",
        body: `## Vad är arbetskraftsutbildning

Arbetskraftsutbildning är utbildning främst för vuxna arbetssökande, med målet att de ska få arbete. Den kan till exempel vara en yrkesinriktad examen eller en del av den, en specialutbildning för uppgifter i en viss bransch eller en företagarutbildning. Utbildningen upphandlas i huvudsak av sysselsättningsområdena.

## Vad kostar den

Utbildningen är avgiftsfri för deltagaren. Under utbildningen kan du få arbetslöshetsförmån och ersättning för rese- och logikostnader.

## Så här ansöker du

Du hittar arbetskraftsutbildningarna på [Jobbmarknaden](https://jobbmarknad.fi), och du ansöker med en elektronisk blankett. De sökande väljs ofta utifrån en intervju eller en lämplighetsbedömning. Diskutera ansökan med en sakkunnig vid sysselsättningstjänsterna.`,
      },
      en: {
        title: "Labour-market training",
        summary: "Labour-market training is vocational training for jobseekers, free of charge for the participant, procured by the employment services.",
        body: `## What labour-market training is

Labour-market training is mainly for adult jobseekers, and its aim is employment. It can be, for example, a vocational qualification or part of one, targeted training for tasks in a particular sector, or training for entrepreneurs. The training is procured mainly by the employment areas.

## What it costs

The training is free of charge for the participant. During the training you can receive unemployment benefit and an allowance for travel and accommodation costs.

## How to apply

You find labour-market training in [Job Market Finland](https://tyomarkkinatori.fi/en), and you apply with an online form. Applicants are often chosen after an interview or an aptitude assessment. Discuss your application with an expert of the employment services.`,
      },
    },
  },
];

/** Creates the demo pages and publishes every language version they have. */
export async function loadDemoContentPages(tx: Transaction, caller: CurrentUser): Promise<void> {
  for (const page of demoPages) {
    const id = await createPage(
      caller,
      { slug: page.slug, section: page.section, regionCode: page.regionCode, position: page.position, language: "fi", text: page.texts.fi },
      tx,
    );
    const [finnish] = await tx.select({ id: contentVersion.id }).from(contentVersion).where(eq(contentVersion.pageId, id));
    await publishVersion(caller, id, "fi", finnish.id, tx);
    for (const [language, text] of Object.entries(page.texts)) {
      if (language === "fi" || !text) continue;
      const saved = await saveVersion(caller, id, language, text, tx);
      await publishVersion(caller, id, language, saved.id, tx);
    }
  }
}
