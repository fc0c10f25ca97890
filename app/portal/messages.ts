import { defineMessages } from "../kit/i18n/define-messages";

/**
 * Life-situation paths and the guided search. The paths' editorial text (`path.<slug>.*`) is short
 * guidance written for the citizen: what to do first, whom to contact, rights and options, money.
 */
export const portalMessages = defineMessages({
  fi: {
    "paths.nav": "Elämäntilanteet",
    "paths.title": "Ohjausta elämäntilanteesi mukaan",
    "paths.intro":
      "Valitse tilanne, joka kuvaa sinua parhaiten. Kerromme, mistä aloittaa, keneen ottaa yhteyttä ja millaisia koulutuksia ja rahoitusta sinulle on tarjolla.",
    "paths.description":
      "Ohjaus- ja neuvontapalvelut, koulutukset ja opintojen rahoitus elämäntilanteen mukaan: työnhakijat, alanvaihtajat, maahanmuuttajat, yrittäjät ja muut.",
    "paths.guideLink": "Etkö löydä tilannettasi? Vastaa muutamaan kysymykseen ohjatussa haussa.",
    "path.firstSteps": "Mistä aloittaa",
    "path.contact": "Keneen ottaa yhteyttä",
    "path.rights": "Oikeutesi ja vaihtoehtosi",
    "path.yourChoice":
      "Saat apua silloin, kun tarvitset, ja siinä muodossa kuin haluat: paikan päällä, puhelimessa, chatissa tai videolla. Voit aina muuttaa suunnitelmiasi ja kysyä uudelleen.",
    "path.financing": "Opintojen rahoitus",
    "path.financingSection": "Rahoitusvaihtoehdot",
    "path.studyingSection": "Opiskelu aikuisena",
    "path.educationSection": "Kaikki koulutukset",
    "path.fundingLinks": "Koulutukset rahoitustavan mukaan",
    "path.readMore": "Lue lisää",
    "path.financingPages": "Rahoitusvaihtoehdot tilanteeseesi",
    "path.filters": "Näytä palvelut lähelläsi",
    "path.municipality": "Kotikuntasi",
    "path.anyMunicipality": "Kaikki kunnat",
    "path.language": "Kieli, jolla haluat asioida",
    "path.anyLanguage": "Mikä tahansa kieli",
    "path.apply": "Näytä palvelut",
    "path.services": "Ohjauspalvelut",
    "path.noServices": "Valinnoillasi ei löytynyt ohjauspalveluja. Kokeile toista kuntaa tai kieltä.",
    "path.allServices": "Kaikki ohjauspalvelut haussa ({count, number})",
    "path.offerings": "Koulutukset",
    "path.noOfferings": "Valinnoillasi ei löytynyt koulutuksia. Kokeile toista kuntaa tai kieltä.",
    "path.allOfferings": "Kaikki koulutukset haussa ({count, number})",
    "path.otherPaths": "Muut elämäntilanteet",
    "path.allPaths": "Kaikki elämäntilanteet",
    "path.russian": "На русском",
    "path.russianNote": "Tämän sivun ohjeet ovat venäjäksi. Palvelujen ja koulutusten tiedot näytetään sivuston kielellä.",
    "path.backFromRussian": "Sama sivu suomeksi",
    "portal.badParameter": "Valinta ”{name}” ei kelpaa. Tarkista valinnat ja yritä uudelleen.",
    "portal.param.situation": "tilanne",
    "portal.param.goal": "tavoite",
    "portal.param.municipality": "kunta",
    "portal.param.language": "kieli",
    "portal.param.channel": "asiointitapa",
    "guide.nav": "Ohjattu haku",
    "guide.title": "Ohjattu haku",
    "guide.intro": "Vastaa muutamaan kysymykseen, niin näytämme sinulle sopivat ohjauspalvelut ja koulutukset. Kaikkiin kysymyksiin ei tarvitse vastata.",
    "guide.description":
      "Vastaa muutamaan kysymykseen tilanteestasi, tavoitteestasi, kotikunnastasi ja kielestäsi ja löydä sinulle sopivat ohjauspalvelut ja koulutukset.",
    "guide.situation": "Mikä kuvaa tilannettasi parhaiten?",
    "guide.goal": "Mitä haluat saada aikaan?",
    "guide.goal.study_place": "Löytää opiskelupaikan",
    "guide.goal.change_career": "Vaihtaa alaa",
    "guide.goal.guidance": "Saada ohjausta ja neuvoja",
    "guide.goal.financing": "Rahoittaa opintoni",
    "guide.goal.business": "Perustaa tai kehittää yritystä",
    "guide.notSure": "En osaa sanoa",
    "guide.where": "Missä ja millä kielellä?",
    "guide.channels": "Miten haluat asioida?",
    "guide.channelsHint": "Valitse yksi tai useampi. Jos et valitse mitään, näytämme kaikki tavat.",
    "guide.submit": "Näytä tulokset",
    "guide.resultsTitle": "Sinulle sopivat palvelut ja koulutukset",
    "guide.resultsDescription": "Ohjatun haun tulokset: ohjauspalvelut ja koulutukset vastaustesi mukaan.",
    "guide.answers": "Vastauksesi",
    "guide.notChosen": "ei valittu",
    "guide.anyChannel": "kaikki asiointitavat",
    "guide.noAnswers": "Et vastannut kysymyksiin, joten näytämme kaikki ohjauspalvelut ja koulutukset. Vastaamalla saat sinulle sopivammat tulokset.",
    "guide.change": "Muuta vastauksiasi",
    "guide.startOver": "Aloita alusta",
    "guide.readPath": "Lue ohjeet tilanteeseesi: {title}",
    "path.job-seekers.title": "Etsin työtä tai olen työtön",
    "path.job-seekers.lead": "Työttömänä tai työtä etsiessä saat maksutonta ohjausta työnhakuun, koulutukseen ja uran suunnitteluun. Näin pääset alkuun.",
    "path.officialLink.jobSeekerRegistration": "Ilmoittaudu työnhakijaksi Työmarkkinatorilla",
    "path.job-seekers.step1": "Ilmoittaudu työnhakijaksi verkossa heti ensimmäisenä työttömyyspäivänä. Se on ehto työttömyysetuudelle.",
    "path.job-seekers.step2": "Sovi kunnan työllisyyspalvelujen kanssa työllistymissuunnitelma: mitä haet, mitä osaat ja mitä tarvitset.",
    "path.job-seekers.step3": "Katso, löytyykö alueeltasi työvoimakoulutusta tai lyhyitä kursseja, jotka vievät sinua kohti työtä.",
    "path.job-seekers.contact":
      "Kotikuntasi työllisyyspalvelut (entiset TE-palvelut) vastaavat työnhausta ja työvoimakoulutuksesta. Alle 30-vuotiaat saavat apua myös Ohjaamosta. Etuuksista kysy Kelasta tai työttömyyskassastasi.",
    "path.job-seekers.rights":
      "Sinulla on oikeus maksuttomaan ohjaukseen ja työllistymissuunnitelmaan. Voit opiskella omaehtoisesti ja saada samalla työttömyysetuutta, jos työllisyyspalvelut toteavat opiskelun tukevan työllistymistäsi.",
    "path.job-seekers.financing":
      "Työvoimakoulutus on sinulle maksuton, ja saat sen ajalta työttömyysetuutta. Omaehtoinen opiskelu työttömyysetuudella on sovittava ennen opintojen alkua.",
    "path.first-education.title": "Minulla ei ole ammatillista koulutusta",
    "path.first-education.lead": "Ammatin voi opiskella missä iässä tahansa. Saat apua koulutuksen valintaan, hakemiseen ja aiemman osaamisesi tunnistamiseen.",
    "path.first-education.step1": "Mieti, mikä sinua kiinnostaa ja mitä osaat jo. Ohjaaja auttaa, jos et vielä tiedä.",
    "path.first-education.step2": "Ammatilliseen koulutukseen voi hakea jatkuvassa haussa suoraan oppilaitokseen ympäri vuoden.",
    "path.first-education.step3": "Kysy oppisopimuksesta: opiskelet työn ohessa ja saat palkkaa.",
    "path.first-education.contact": "Ammatillisten oppilaitosten opinto-ohjaajat, Ohjaamot (alle 30-vuotiaat) ja kunnan työllisyyspalvelut neuvovat maksutta.",
    "path.first-education.rights":
      "Osaaminen, jonka olet hankkinut työssä tai muuten, tunnistetaan ja tunnustetaan ammatillisessa koulutuksessa. Opintosi suunnitellaan henkilökohtaisesti (HOKS), joten et opiskele asioita, jotka jo osaat.",
    "path.first-education.financing":
      "Ammatillinen perustutkinto on yleensä maksuton. Opintojen ajaksi voit hakea Kelan opintotukea, ja oppisopimuksessa saat palkkaa.",
    "path.drop-outs.title": "Opintoni keskeytyivät tai haluan jatkaa niitä",
    "path.drop-outs.lead": "Keskeytynyt koulutus ei sulje ovia. Voit jatkaa opintoja, vaihtaa alaa tai kokeilla jotain muuta, ja saat siihen tukea.",
    "path.drop-outs.step1": "Ota yhteyttä entiseen oppilaitokseesi: suoritetut opinnot säilyvät, ja voit usein jatkaa niistä.",
    "path.drop-outs.step2": "Jos et tiedä, mitä haluat, varaa aika ohjaajalle ja mieti vaihtoehtoja rauhassa.",
    "path.drop-outs.step3": "Tutustu valmentavaan koulutukseen (TUVA), jossa voit kokeilla eri aloja ennen valintaa.",
    "path.drop-outs.contact":
      "Ohjaamo auttaa alle 30-vuotiaita kaikissa elämän asioissa. Etsivä nuorisotyö tulee tarvittaessa luoksesi. Oppilaitosten opinto-ohjaajat neuvovat paluussa opintoihin.",
    "path.drop-outs.rights":
      "Jos olet alle 18-vuotias, oppivelvollisuus koskee sinua, ja kotikuntasi on velvollinen ohjaamaan sinut koulutukseen. Aiemmin suoritetut opinnot voidaan hyväksi lukea.",
    "path.drop-outs.financing":
      "Toisen asteen koulutus on oppivelvollisille maksuton. Kelan opintotukea voi hakea, kun opinnot jatkuvat, ja oppisopimuksessa saat palkkaa.",
    "path.further-studies.title": "Haen jatko-opintoihin tai opiskelen nyt",
    "path.further-studies.lead": "Tietoa ja ohjausta ammattikorkeakoulu- ja yliopisto-opintoihin hakemisesta sekä tukea opintojen aikana.",
    "path.further-studies.step1": "Etsi koulutukset ja hakuajat Opintopolusta. Korkeakoulujen yhteishaut ovat keväällä ja syksyllä.",
    "path.further-studies.step2": "Tarkista, mitä valintaperusteet edellyttävät: todistusvalinta, valintakoe vai molemmat.",
    "path.further-studies.step3":
      "Kokeile alaa avoimessa ammattikorkeakoulussa tai avoimessa yliopistossa. Opinnot voivat avata myös väylän tutkinto-opiskelijaksi.",
    "path.further-studies.contact":
      "Oman oppilaitoksesi opinto-ohjaaja, korkeakoulujen hakijapalvelut ja aikuisopiskelijoiden neuvojat auttavat. Jos opinnot tuntuvat raskailta, kysy opiskelijapalveluista tai opiskeluterveydenhuollosta.",
    "path.further-studies.rights":
      "Sinulla on oikeus opinto-ohjaukseen koko opintojesi ajan. Aiemmin suoritetut opinnot ja työssä hankittu osaaminen voidaan hyväksilukea.",
    "path.further-studies.financing":
      "Tutkinto-opiskelija voi saada Kelan opintotukea: opintorahaa, asumislisää ja valtion takaamaa opintolainaa. Avoimet opinnot ovat maksullisia, mutta hinnat ovat yleensä kohtuulliset.",
    "path.career-change.title": "Haluan vaihtaa alaa",
    "path.career-change.lead":
      "Alan vaihto onnistuu, kun tunnistat osaamisesi ja löydät sopivan polun. Saat ohjausta urasuunnitteluun ja tietoa lyhyistä ja pitkistä koulutuksista.",
    "path.career-change.step1": "Kartoita osaamisesi: mitä olet tehnyt, missä olet hyvä ja mikä sinua kiinnostaa.",
    "path.career-change.step2": "Tutustu aloihin, joilla on työtä alueellasi, ja kysy ohjaajalta, millainen koulutus niihin vaaditaan.",
    "path.career-change.step3": "Valitse koulutus, jossa aiempi osaamisesi lasketaan mukaan. Usein tutkinnon osa tai lyhyt täydennyskoulutus riittää.",
    "path.career-change.contact":
      "Kunnan työllisyyspalvelujen urapalvelut, ammatillisten oppilaitosten ja korkeakoulujen hakijapalvelut sekä alueen ohjaajat neuvovat maksutta, myös puhelimessa ja verkossa.",
    "path.career-change.rights":
      "Voit hakea koulutukseen työn ohessa tai työttömänä. Ammatillisessa koulutuksessa aiempi osaamisesi tunnistetaan, joten opintoaika voi lyhentyä selvästi.",
    "path.career-change.financing":
      "Työttömänä voit opiskella omaehtoisesti työttömyysetuudella tai hakea työvoimakoulutukseen. Oppisopimuksessa opiskelet uutta ammattia palkallisessa työssä.",
    "path.further-training.title": "Etsin lisä- tai täydennyskoulutusta",
    "path.further-training.lead": "Kehitä osaamistasi työn ohessa: lyhyitä kursseja, tutkinnon osia, avoimia korkeakouluopintoja ja täydennyskoulutusta.",
    "path.further-training.step1": "Mieti, mitä osaamista työssäsi tarvitaan nyt ja tulevaisuudessa.",
    "path.further-training.step2": "Keskustele esihenkilösi kanssa: moni työnantaja tukee koulutusta tai järjestää sitä itse.",
    "path.further-training.step3": "Hae koulutuksia tästä palvelusta ja suodata opetustavan mukaan, jos tarvitset etä- tai iltaopintoja.",
    "path.further-training.contact":
      "Oppilaitosten aikuiskoulutuksen neuvojat, avoimet korkeakoulut ja kansalaisopistot kertovat tarjonnastaan. Kunnan työllisyyspalvelut neuvovat myös työssä olevia.",
    "path.further-training.rights":
      "Voit hakea opintovapaata, jos olet ollut saman työnantajan palveluksessa riittävän kauan. Opintovapaasta sovitaan työnantajan kanssa.",
    "path.further-training.financing":
      "Työnantaja voi maksaa koulutuksen kokonaan tai osittain. Muutoin kursseista maksat itse, ja kotitalouden tulot vaikuttavat mahdollisuuksiin. Työttömänä voit opiskella omaehtoisesti työttömyysetuudella.",
    "path.returning.title": "Palaan töihin tai opintoihin",
    "path.returning.lead": "Palaat vanhempainvapaalta, sairauslomalta, kuntoutuksesta tai pitkältä tauolta? Saat tukea paluun suunnitteluun omaan tahtiisi.",
    "path.returning.step1": "Mieti, mitä toivot: entiseen työhön, uuteen työhön vai opiskelemaan.",
    "path.returning.step2": "Jos terveytesi rajoittaa työntekoa, kysy ammatillisesta kuntoutuksesta ajoissa, ennen kuin sairauspäivärahakausi päättyy.",
    "path.returning.step3": "Kokeile tarvittaessa työkokeilua tai lyhyttä koulutusta, joka palauttaa rutiinit ja päivittää osaamisen.",
    "path.returning.contact":
      "Työterveyshuolto, Kela, kunnan työllisyyspalvelut ja oppilaitosten opinto-ohjaajat auttavat. Kuntoutuksessa olevia ohjaavat myös kuntoutusohjaajat.",
    "path.returning.rights":
      "Voit hakea Kelan ammatillista kuntoutusta, jos sairaus uhkaa työ- tai opiskelukykyäsi. Kuntoutuksen ajalta voit saada kuntoutusrahaa.",
    "path.returning.financing":
      "Opintoihin voit hakea Kelan opintotukea. Työttömänä voit opiskella omaehtoisesti työttömyysetuudella, jos siitä sovitaan työllisyyspalvelujen kanssa ennen opintoja.",
    "path.immigrants.title": "Olen muuttanut Suomeen",
    "path.immigrants.lead":
      "Tietoa kielen opiskelusta, koulutuksesta ja työstä Suomeen muuttaneille. Ohjausta saa myös englanniksi, venäjäksi ja muilla kielillä.",
    "path.immigrants.step1":
      "Ilmoittaudu kunnan työllisyyspalveluihin tai maahanmuuttajapalveluihin. Siellä arvioidaan osaamisesi ja tehdään kanssasi kotoutumissuunnitelma.",
    "path.immigrants.step2": "Aloita suomen tai ruotsin kielen opiskelu mahdollisimman pian. Kieli avaa tien koulutukseen ja työhön.",
    "path.immigrants.step3": "Jos sinulla on ulkomainen tutkinto, selvitä sen tunnustaminen Opetushallituksesta.",
    "path.immigrants.contact":
      "Kunnan maahanmuuttajapalvelut ja työllisyyspalvelut, alueen kotoutumista tukevat järjestöt ja oppilaitosten ohjaajat neuvovat. Monet palvelut käyttävät tulkkia maksutta.",
    "path.immigrants.rights":
      "Sinulla voi olla oikeus kotoutumissuunnitelmaan ja kotoutumiskoulutukseen. Voit pyytää tulkin viranomaisen asiointiin. Ammatillisessa koulutuksessa aiempi osaamisesi tunnistetaan.",
    "path.immigrants.financing":
      "Kotoutumiskoulutus on maksuton, ja sen ajalta voit saada työttömyysetuutta. Omaehtoisesta opiskelusta työttömyysetuudella sovitaan kotoutumissuunnitelmassa.",
    "path.companies.title": "Perustan yritystä tai kehitän yritystäni",
    "path.companies.lead": "Neuvontaa yrityksen perustamiseen, henkilöstön osaamisen kehittämiseen ja rekrytointiin koulutuksen avulla.",
    "path.companies.step1": "Tee liiketoimintasuunnitelma ja laskelmat. Uusyrityskeskus auttaa maksutta.",
    "path.companies.step2": "Jos olet työtön tai siirryt palkkatyöstä yrittäjäksi, kysy starttirahasta ennen toiminnan aloittamista.",
    "path.companies.step3": "Kehitä henkilöstöä oppisopimuksella tai yhteishankintakoulutuksella, jonka kustannuksista julkinen rahoitus kattaa osan.",
    "path.companies.contact":
      "Uusyrityskeskukset, kuntien elinkeinopalvelut, kunnan työllisyyspalvelujen yrityspalvelut ja elinvoimakeskus neuvovat yrityksiä. Oppilaitokset räätälöivät koulutusta yrityksen tarpeisiin.",
    "path.companies.rights":
      "Yrittäjä voi itse opiskella kuten muutkin aikuiset. Työnantajana voit saada koulutuskorvausta oppisopimusopiskelijan kouluttamisesta.",
    "path.companies.financing":
      "Yhteishankintakoulutuksessa (RekryKoulutus, TäsmäKoulutus, MuutosKoulutus) yritys ja julkinen rahoittaja jakavat kustannukset. Starttiraha turvaa yrittäjän toimeentuloa alussa.",
  },
  sv: {
    "paths.nav": "Livssituationer",
    "paths.title": "Vägledning enligt din livssituation",
    "paths.intro":
      "Välj den situation som bäst beskriver dig. Vi berättar var du ska börja, vem du kan kontakta och vilka utbildningar och vilken finansiering som finns för dig.",
    "paths.description":
      "Vägledningstjänster, utbildningar och finansiering av studier enligt livssituation: arbetssökande, karriärbytare, invandrare, företagare och andra.",
    "paths.guideLink": "Hittar du inte din situation? Svara på några frågor i den guidade sökningen.",
    "path.firstSteps": "Var ska du börja",
    "path.contact": "Vem kan du kontakta",
    "path.rights": "Dina rättigheter och alternativ",
    "path.yourChoice":
      "Du får hjälp när du behöver den och i den form du vill: på plats, per telefon, i chatt eller via video. Du kan alltid ändra dina planer och fråga på nytt.",
    "path.financing": "Finansiering av studier",
    "path.financingSection": "Finansieringsalternativ",
    "path.studyingSection": "Att studera som vuxen",
    "path.educationSection": "Alla utbildningar",
    "path.fundingLinks": "Utbildningar enligt finansieringsform",
    "path.readMore": "Läs mer",
    "path.financingPages": "Finansieringsalternativ i din situation",
    "path.filters": "Visa tjänster nära dig",
    "path.municipality": "Din hemkommun",
    "path.anyMunicipality": "Alla kommuner",
    "path.language": "Språk du vill använda",
    "path.anyLanguage": "Vilket språk som helst",
    "path.apply": "Visa tjänster",
    "path.services": "Vägledningstjänster",
    "path.noServices": "Med dina val hittades inga vägledningstjänster. Pröva en annan kommun eller ett annat språk.",
    "path.allServices": "Alla vägledningstjänster i sökningen ({count, number})",
    "path.offerings": "Utbildningar",
    "path.noOfferings": "Med dina val hittades inga utbildningar. Pröva en annan kommun eller ett annat språk.",
    "path.allOfferings": "Alla utbildningar i sökningen ({count, number})",
    "path.otherPaths": "Andra livssituationer",
    "path.allPaths": "Alla livssituationer",
    "path.russian": "На русском",
    "path.russianNote": "Anvisningarna på den här sidan är på ryska. Uppgifterna om tjänster och utbildningar visas på webbplatsens språk.",
    "path.backFromRussian": "Samma sida på svenska",
    "portal.badParameter": "Valet ”{name}” är ogiltigt. Kontrollera valen och försök igen.",
    "portal.param.situation": "situation",
    "portal.param.goal": "mål",
    "portal.param.municipality": "kommun",
    "portal.param.language": "språk",
    "portal.param.channel": "kontaktsätt",
    "guide.nav": "Guidad sökning",
    "guide.title": "Guidad sökning",
    "guide.intro": "Svara på några frågor så visar vi vägledningstjänster och utbildningar som passar dig. Du behöver inte svara på alla frågor.",
    "guide.description":
      "Svara på några frågor om din situation, ditt mål, din hemkommun och ditt språk och hitta vägledningstjänster och utbildningar som passar dig.",
    "guide.situation": "Vad beskriver din situation bäst?",
    "guide.goal": "Vad vill du uppnå?",
    "guide.goal.study_place": "Hitta en studieplats",
    "guide.goal.change_career": "Byta bransch",
    "guide.goal.guidance": "Få vägledning och råd",
    "guide.goal.financing": "Finansiera mina studier",
    "guide.goal.business": "Grunda eller utveckla ett företag",
    "guide.notSure": "Jag vet inte",
    "guide.where": "Var och på vilket språk?",
    "guide.channels": "Hur vill du bli betjänad?",
    "guide.channelsHint": "Välj ett eller flera. Om du inte väljer något visar vi alla sätt.",
    "guide.submit": "Visa resultat",
    "guide.resultsTitle": "Tjänster och utbildningar som passar dig",
    "guide.resultsDescription": "Resultat av den guidade sökningen: vägledningstjänster och utbildningar enligt dina svar.",
    "guide.answers": "Dina svar",
    "guide.notChosen": "inte valt",
    "guide.anyChannel": "alla kontaktsätt",
    "guide.noAnswers":
      "Du svarade inte på frågorna, så vi visar alla vägledningstjänster och utbildningar. Genom att svara får du resultat som passar dig bättre.",
    "guide.change": "Ändra dina svar",
    "guide.startOver": "Börja om",
    "guide.readPath": "Läs anvisningarna för din situation: {title}",
    "path.job-seekers.title": "Jag söker arbete eller är arbetslös",
    "path.job-seekers.lead":
      "Som arbetslös eller arbetssökande får du avgiftsfri vägledning i jobbsökning, utbildning och karriärplanering. Så här kommer du i gång.",
    "path.officialLink.jobSeekerRegistration": "Anmäl dig som arbetssökande på Jobbmarknaden",
    "path.job-seekers.step1": "Anmäl dig som arbetssökande på nätet senast den första dagen du är arbetslös. Det är ett villkor för arbetslöshetsförmån.",
    "path.job-seekers.step2": "Gör upp en sysselsättningsplan med kommunens sysselsättningstjänster: vad du söker, vad du kan och vad du behöver.",
    "path.job-seekers.step3": "Se om det finns arbetskraftsutbildning eller korta kurser i din region som för dig närmare ett arbete.",
    "path.job-seekers.contact":
      "Sysselsättningstjänsterna i din kommun (tidigare arbets- och näringstjänsterna) ansvarar för jobbsökning och arbetskraftsutbildning. Personer under 30 år får också hjälp av Ohjaamo. Fråga Fpa eller din arbetslöshetskassa om förmåner.",
    "path.job-seekers.rights":
      "Du har rätt till avgiftsfri vägledning och en sysselsättningsplan. Du kan studera på eget initiativ med arbetslöshetsförmån, om sysselsättningstjänsterna bedömer att studierna stöder din sysselsättning.",
    "path.job-seekers.financing":
      "Arbetskraftsutbildning är avgiftsfri för dig, och du får arbetslöshetsförmån under den. Studier på eget initiativ med arbetslöshetsförmån ska avtalas innan studierna börjar.",
    "path.first-education.title": "Jag har ingen yrkesutbildning",
    "path.first-education.lead":
      "Man kan studera till ett yrke i vilken ålder som helst. Du får hjälp att välja utbildning, söka och få ditt tidigare kunnande erkänt.",
    "path.first-education.step1": "Fundera på vad som intresserar dig och vad du redan kan. En vägledare hjälper om du inte vet ännu.",
    "path.first-education.step2": "Till yrkesutbildning kan du söka året runt direkt till läroanstalten i den kontinuerliga ansökan.",
    "path.first-education.step3": "Fråga om läroavtal: du studerar vid sidan av arbetet och får lön.",
    "path.first-education.contact":
      "Studiehandledarna vid yrkesläroanstalterna, Ohjaamo (under 30 år) och kommunens sysselsättningstjänster ger avgiftsfria råd.",
    "path.first-education.rights":
      "Kunnande som du har skaffat i arbetet eller på annat sätt identifieras och erkänns i yrkesutbildningen. Dina studier planeras individuellt (PUK), så du behöver inte studera det du redan kan.",
    "path.first-education.financing":
      "En yrkesinriktad grundexamen är i regel avgiftsfri. Under studierna kan du söka studiestöd från Fpa, och vid läroavtal får du lön.",
    "path.drop-outs.title": "Mina studier avbröts eller jag vill fortsätta dem",
    "path.drop-outs.lead":
      "En avbruten utbildning stänger inga dörrar. Du kan fortsätta studera, byta bransch eller pröva något annat, och du får stöd för det.",
    "path.drop-outs.step1": "Kontakta din tidigare läroanstalt: avlagda studier finns kvar och du kan ofta fortsätta där du slutade.",
    "path.drop-outs.step2": "Om du inte vet vad du vill, boka tid hos en vägledare och fundera i lugn och ro på alternativen.",
    "path.drop-outs.step3": "Bekanta dig med handledande utbildning (Hux), där du kan pröva olika branscher innan du väljer.",
    "path.drop-outs.contact":
      "Ohjaamo hjälper personer under 30 år i alla livets frågor. Uppsökande ungdomsarbete kommer vid behov till dig. Studiehandledarna vid läroanstalterna ger råd om att återgå till studierna.",
    "path.drop-outs.rights":
      "Om du är under 18 år omfattas du av läroplikten, och din hemkommun är skyldig att handleda dig till utbildning. Tidigare avlagda studier kan tillgodoräknas.",
    "path.drop-outs.financing":
      "Utbildning på andra stadiet är avgiftsfri för läropliktiga. Fpa:s studiestöd kan sökas när studierna fortsätter, och vid läroavtal får du lön.",
    "path.further-studies.title": "Jag söker till fortsatta studier eller studerar nu",
    "path.further-studies.lead": "Information och vägledning om att söka till studier vid yrkeshögskolor och universitet samt stöd under studierna.",
    "path.further-studies.step1": "Hitta utbildningar och ansökningstider i Studieinfo. Högskolornas gemensamma ansökningar ordnas på våren och hösten.",
    "path.further-studies.step2": "Kontrollera vad antagningsgrunderna kräver: betygsbaserad antagning, urvalsprov eller båda.",
    "path.further-studies.step3":
      "Pröva branschen vid en öppen yrkeshögskola eller ett öppet universitet. Studierna kan också öppna en väg till examensstudier.",
    "path.further-studies.contact":
      "Studiehandledaren vid din läroanstalt, högskolornas ansökningsservice och rådgivare för vuxenstuderande hjälper. Om studierna känns tunga, fråga studerandeservicen eller studerandehälsovården.",
    "path.further-studies.rights":
      "Du har rätt till studiehandledning under hela studietiden. Tidigare avlagda studier och kunnande från arbetslivet kan tillgodoräknas.",
    "path.further-studies.financing":
      "Examensstuderande kan få studiestöd från Fpa: studiepenning, bostadstillägg och statsborgen för studielån. Öppna studier är avgiftsbelagda, men priserna är i regel skäliga.",
    "path.career-change.title": "Jag vill byta bransch",
    "path.career-change.lead":
      "Ett branschbyte lyckas när du känner igen ditt kunnande och hittar en lämplig väg. Du får vägledning i karriärplanering och information om korta och långa utbildningar.",
    "path.career-change.step1": "Kartlägg ditt kunnande: vad du har gjort, vad du är bra på och vad som intresserar dig.",
    "path.career-change.step2": "Bekanta dig med branscher som har arbete i din region och fråga en vägledare vilken utbildning som krävs.",
    "path.career-change.step3": "Välj en utbildning där ditt tidigare kunnande räknas in. Ofta räcker en examensdel eller en kort fortbildning.",
    "path.career-change.contact":
      "Karriärtjänsterna vid kommunens sysselsättningstjänster, ansökningsservicen vid yrkesläroanstalter och högskolor samt regionens vägledare ger avgiftsfria råd, också per telefon och på nätet.",
    "path.career-change.rights":
      "Du kan söka till utbildning vid sidan av arbetet eller som arbetslös. I yrkesutbildningen identifieras ditt tidigare kunnande, så studietiden kan bli betydligt kortare.",
    "path.career-change.financing":
      "Som arbetslös kan du studera på eget initiativ med arbetslöshetsförmån eller söka till arbetskraftsutbildning. Vid läroavtal studerar du till ett nytt yrke i avlönat arbete.",
    "path.further-training.title": "Jag söker fortbildning eller vidareutbildning",
    "path.further-training.lead": "Utveckla ditt kunnande vid sidan av arbetet: korta kurser, examensdelar, öppna högskolestudier och fortbildning.",
    "path.further-training.step1": "Fundera på vilket kunnande ditt arbete kräver nu och i framtiden.",
    "path.further-training.step2": "Diskutera med din chef: många arbetsgivare stöder utbildning eller ordnar den själva.",
    "path.further-training.step3": "Sök utbildningar i den här tjänsten och filtrera enligt undervisningsform om du behöver distans- eller kvällsstudier.",
    "path.further-training.contact":
      "Läroanstalternas rådgivare för vuxenutbildning, öppna högskolor och medborgarinstitut berättar om sitt utbud. Kommunens sysselsättningstjänster ger råd också till dem som är i arbete.",
    "path.further-training.rights":
      "Du kan ansöka om studieledighet om du har varit anställd hos samma arbetsgivare tillräckligt länge. Studieledigheten avtalas med arbetsgivaren.",
    "path.further-training.financing":
      "Arbetsgivaren kan betala utbildningen helt eller delvis. Annars betalar du själv för kurserna. Som arbetslös kan du studera på eget initiativ med arbetslöshetsförmån.",
    "path.returning.title": "Jag återvänder till arbete eller studier",
    "path.returning.lead":
      "Återvänder du från föräldraledighet, sjukledighet, rehabilitering eller en lång paus? Du får stöd att planera återkomsten i din egen takt.",
    "path.returning.step1": "Fundera på vad du önskar: tillbaka till ditt tidigare arbete, ett nytt arbete eller studier.",
    "path.returning.step2": "Om din hälsa begränsar arbetet, fråga i god tid om yrkesinriktad rehabilitering, innan perioden med sjukdagpenning tar slut.",
    "path.returning.step3": "Pröva vid behov en arbetsprövning eller en kort utbildning som ger tillbaka rutinerna och uppdaterar kunnandet.",
    "path.returning.contact":
      "Företagshälsovården, Fpa, kommunens sysselsättningstjänster och läroanstalternas studiehandledare hjälper. Den som är i rehabilitering får också stöd av rehabiliteringshandledare.",
    "path.returning.rights":
      "Du kan ansöka om yrkesinriktad rehabilitering hos Fpa om en sjukdom hotar din arbets- eller studieförmåga. Under rehabiliteringen kan du få rehabiliteringspenning.",
    "path.returning.financing":
      "För studier kan du söka studiestöd från Fpa. Som arbetslös kan du studera på eget initiativ med arbetslöshetsförmån, om det avtalas med sysselsättningstjänsterna före studierna.",
    "path.immigrants.title": "Jag har flyttat till Finland",
    "path.immigrants.lead":
      "Information om språkstudier, utbildning och arbete för dig som har flyttat till Finland. Vägledning ges också på engelska, ryska och andra språk.",
    "path.immigrants.step1":
      "Anmäl dig till kommunens sysselsättningstjänster eller invandrartjänster. Där bedöms ditt kunnande och du gör upp en integrationsplan.",
    "path.immigrants.step2": "Börja studera finska eller svenska så snart som möjligt. Språket öppnar vägen till utbildning och arbete.",
    "path.immigrants.step3": "Om du har en utländsk examen, utred hos Utbildningsstyrelsen hur den erkänns.",
    "path.immigrants.contact":
      "Kommunens invandrartjänster och sysselsättningstjänster, organisationer som stöder integration och läroanstalternas vägledare ger råd. Många tjänster använder tolk avgiftsfritt.",
    "path.immigrants.rights":
      "Du kan ha rätt till en integrationsplan och integrationsutbildning. Du kan be om tolk när du sköter ärenden med myndigheter. I yrkesutbildningen identifieras ditt tidigare kunnande.",
    "path.immigrants.financing":
      "Integrationsutbildning är avgiftsfri, och under den kan du få arbetslöshetsförmån. Studier på eget initiativ med arbetslöshetsförmån avtalas i integrationsplanen.",
    "path.companies.title": "Jag grundar eller utvecklar ett företag",
    "path.companies.lead": "Rådgivning om att grunda ett företag, utveckla personalens kunnande och rekrytera med hjälp av utbildning.",
    "path.companies.step1": "Gör upp en affärsplan och kalkyler. Företagscentralen (Uusyrityskeskus) hjälper avgiftsfritt.",
    "path.companies.step2": "Om du är arbetslös eller går från lönearbete till företagare, fråga om startpeng innan du inleder verksamheten.",
    "path.companies.step3":
      "Utveckla personalen med läroavtal eller gemensam anskaffning av utbildning, där offentlig finansiering täcker en del av kostnaderna.",
    "path.companies.contact":
      "Företagscentralerna, kommunernas näringstjänster, företagstjänsterna vid kommunens sysselsättningstjänster och livskraftscentralen ger företag råd. Läroanstalterna skräddarsyr utbildning efter företagets behov.",
    "path.companies.rights":
      "Som företagare kan du själv studera som andra vuxna. Som arbetsgivare kan du få utbildningsersättning för att utbilda en läroavtalsstuderande.",
    "path.companies.financing":
      "I gemensam anskaffning av utbildning (RekryUtbildning, PrecisionsUtbildning, OmställningsUtbildning) delar företaget och den offentliga finansiären på kostnaderna. Startpengen tryggar företagarens utkomst i början.",
  },
  en: {
    "paths.nav": "Life situations",
    "paths.title": "Guidance for your life situation",
    "paths.intro":
      "Choose the situation that describes you best. We tell you where to start, whom to contact, and which education and financing are open to you.",
    "paths.description":
      "Guidance services, education and study financing by life situation: job seekers, career changers, immigrants, entrepreneurs and others.",
    "paths.guideLink": "Can’t find your situation? Answer a few questions in the guided search.",
    "path.firstSteps": "Where to start",
    "path.contact": "Whom to contact",
    "path.rights": "Your rights and options",
    "path.yourChoice":
      "You get help when you need it and in the form you want: in person, by phone, by chat or by video. You can always change your plans and ask again.",
    "path.financing": "Financing your studies",
    "path.financingSection": "Financing options",
    "path.studyingSection": "Studying as an adult",
    "path.educationSection": "All education",
    "path.fundingLinks": "Education by way of financing",
    "path.readMore": "Read more",
    "path.financingPages": "Ways of financing in your situation",
    "path.filters": "Show services near you",
    "path.municipality": "Your home municipality",
    "path.anyMunicipality": "All municipalities",
    "path.language": "Language you want to be served in",
    "path.anyLanguage": "Any language",
    "path.apply": "Show services",
    "path.services": "Guidance services",
    "path.noServices": "No guidance services matched your choices. Try another municipality or language.",
    "path.allServices": "All guidance services in the search ({count, number})",
    "path.offerings": "Education",
    "path.noOfferings": "No education matched your choices. Try another municipality or language.",
    "path.allOfferings": "All education offerings in the search ({count, number})",
    "path.otherPaths": "Other life situations",
    "path.allPaths": "All life situations",
    "path.russian": "На русском",
    "path.russianNote": "The guidance on this page is in Russian. Services and education are shown in the language of the site.",
    "path.backFromRussian": "The same page in English",
    "portal.badParameter": "The choice “{name}” is not valid. Check your choices and try again.",
    "portal.param.situation": "situation",
    "portal.param.goal": "goal",
    "portal.param.municipality": "municipality",
    "portal.param.language": "language",
    "portal.param.channel": "way of being served",
    "guide.nav": "Guided search",
    "guide.title": "Guided search",
    "guide.intro": "Answer a few questions and we show you the guidance services and education that suit you. You don’t have to answer every question.",
    "guide.description":
      "Answer a few questions about your situation, your goal, your home municipality and your language, and find guidance services and education that suit you.",
    "guide.situation": "What describes your situation best?",
    "guide.goal": "What do you want to achieve?",
    "guide.goal.study_place": "Find a study place",
    "guide.goal.change_career": "Change career",
    "guide.goal.guidance": "Get guidance and advice",
    "guide.goal.financing": "Finance my studies",
    "guide.goal.business": "Start or develop a business",
    "guide.notSure": "I’m not sure",
    "guide.where": "Where and in which language?",
    "guide.channels": "How do you want to be served?",
    "guide.channelsHint": "Choose one or more. If you choose none, we show every way.",
    "guide.submit": "Show results",
    "guide.resultsTitle": "Services and education for you",
    "guide.resultsDescription": "Results of the guided search: guidance services and education that match your answers.",
    "guide.answers": "Your answers",
    "guide.notChosen": "not chosen",
    "guide.anyChannel": "every way",
    "guide.noAnswers": "You answered no questions, so we show all guidance services and education. Answering gives you results that suit you better.",
    "guide.change": "Change your answers",
    "guide.startOver": "Start over",
    "guide.readPath": "Read the guidance for your situation: {title}",
    "path.job-seekers.title": "I am looking for work or unemployed",
    "path.job-seekers.lead":
      "As a job seeker or unemployed person you get free guidance on looking for work, education and career planning. Here is how to get started.",
    "path.officialLink.jobSeekerRegistration": "Register as a job seeker at Job Market Finland",
    "path.job-seekers.step1": "Register as a job seeker online on your first day of unemployment at the latest. It is a condition for unemployment benefit.",
    "path.job-seekers.step2":
      "Agree on an employment plan with your municipality’s employment services: what you are looking for, what you can do and what you need.",
    "path.job-seekers.step3": "See whether there is labour market training or a short course in your region that brings you closer to work.",
    "path.job-seekers.contact":
      "Your municipality’s employment services (formerly the TE Services) handle job seeking and labour market training. People under 30 also get help from Ohjaamo centres. Ask Kela or your unemployment fund about benefits.",
    "path.job-seekers.rights":
      "You have the right to free guidance and an employment plan. You can study on your own initiative while receiving unemployment benefit if the employment services find that the studies support your employment.",
    "path.job-seekers.financing":
      "Labour market training is free for you, and you receive unemployment benefit during it. Self-motivated study with unemployment benefit must be agreed before the studies begin.",
    "path.first-education.title": "I have no vocational education",
    "path.first-education.lead":
      "You can study for a profession at any age. You get help choosing education, applying, and having what you already know recognised.",
    "path.first-education.step1": "Think about what interests you and what you can already do. A counsellor helps if you don’t know yet.",
    "path.first-education.step2": "You can apply to vocational education all year round, directly to the school, through continuous application.",
    "path.first-education.step3": "Ask about apprenticeship training: you study while you work and you are paid a salary.",
    "path.first-education.contact":
      "Study counsellors at vocational schools, Ohjaamo centres (under 30s) and your municipality’s employment services give free advice.",
    "path.first-education.rights":
      "Skills you have gained at work or elsewhere are identified and recognised in vocational education. Your studies are planned individually (a personal competence development plan), so you don’t study what you already know.",
    "path.first-education.financing":
      "A vocational qualification is usually free of charge. During your studies you can apply for Kela’s student financial aid, and in apprenticeship training you are paid a salary.",
    "path.drop-outs.title": "My studies were interrupted or I want to continue them",
    "path.drop-outs.lead": "Interrupted studies close no doors. You can continue, change field or try something else, and you get support for it.",
    "path.drop-outs.step1": "Contact your former school: the studies you completed remain, and you can often continue from them.",
    "path.drop-outs.step2": "If you don’t know what you want, book time with a counsellor and think through the options at your own pace.",
    "path.drop-outs.step3": "Look at preparatory education (TUVA), where you can try different fields before choosing.",
    "path.drop-outs.contact":
      "Ohjaamo centres help people under 30 with any matter in life. Outreach youth work can come to you. Study counsellors at schools advise on returning to studies.",
    "path.drop-outs.rights":
      "If you are under 18, compulsory education applies to you, and your home municipality must guide you to education. Studies you have completed can be credited.",
    "path.drop-outs.financing":
      "Upper secondary education is free for those in compulsory education. You can apply for Kela’s student financial aid when your studies continue, and in apprenticeship training you are paid a salary.",
    "path.further-studies.title": "I am applying to further studies or studying now",
    "path.further-studies.lead": "Information and guidance on applying to universities of applied sciences and universities, and support during your studies.",
    "path.further-studies.step1": "Find programmes and application periods in Studyinfo. The joint applications to higher education are in spring and autumn.",
    "path.further-studies.step2": "Check what the admission criteria require: certificate-based admission, an entrance exam or both.",
    "path.further-studies.step3":
      "Try the field through open university of applied sciences or open university studies. They can also open a path to degree studies.",
    "path.further-studies.contact":
      "Your school’s study counsellor, the admission services of higher education institutions and advisers for adult students help. If studying feels hard, ask student services or student health care.",
    "path.further-studies.rights":
      "You have the right to study guidance throughout your studies. Studies you have completed and skills gained at work can be credited.",
    "path.further-studies.financing":
      "Degree students can get Kela’s student financial aid: study grant, housing supplement and a government-guaranteed student loan. Open studies have a fee, usually a moderate one.",
    "path.career-change.title": "I want to change career",
    "path.career-change.lead":
      "A career change works when you recognise your skills and find a suitable path. You get guidance in career planning and information on short and long education.",
    "path.career-change.step1": "Map your skills: what you have done, what you are good at and what interests you.",
    "path.career-change.step2": "Look at fields with work in your region and ask a counsellor what education they require.",
    "path.career-change.step3": "Choose education that counts what you already know. Often a part of a qualification or a short course is enough.",
    "path.career-change.contact":
      "The career services of your municipality’s employment services, the admission services of vocational schools and higher education, and the region’s counsellors give free advice, also by phone and online.",
    "path.career-change.rights":
      "You can apply to education while working or while unemployed. In vocational education your earlier skills are recognised, which can shorten your studies considerably.",
    "path.career-change.financing":
      "When unemployed you can study on your own initiative with unemployment benefit or apply to labour market training. In apprenticeship training you learn a new profession in paid work.",
    "path.further-training.title": "I am looking for further or continuing training",
    "path.further-training.lead":
      "Develop your skills alongside work: short courses, parts of qualifications, open higher education studies and continuing training.",
    "path.further-training.step1": "Think about which skills your work needs now and in the future.",
    "path.further-training.step2": "Talk to your manager: many employers support training or arrange it themselves.",
    "path.further-training.step3": "Search for education in this service and filter by teaching method if you need distance or evening studies.",
    "path.further-training.contact":
      "Adult education advisers at schools, open universities and adult education centres tell you about their courses. Your municipality’s employment services also advise people in work.",
    "path.further-training.rights":
      "You can apply for study leave if you have worked for the same employer long enough. Study leave is agreed with your employer.",
    "path.further-training.financing":
      "Your employer can pay for the training in full or in part. Otherwise you pay for courses yourself. When unemployed you can study on your own initiative with unemployment benefit.",
    "path.returning.title": "I am returning to work or studies",
    "path.returning.lead": "Coming back from parental leave, sick leave, rehabilitation or a long break? You get support to plan your return at your own pace.",
    "path.returning.step1": "Think about what you want: back to your former job, a new job, or studies.",
    "path.returning.step2": "If your health limits your work, ask about vocational rehabilitation in good time, before your sickness allowance period ends.",
    "path.returning.step3": "If it helps, try a work trial or a short course that brings back routines and updates your skills.",
    "path.returning.contact":
      "Occupational health care, Kela, your municipality’s employment services and study counsellors at schools help. Rehabilitation counsellors support those in rehabilitation.",
    "path.returning.rights":
      "You can apply for vocational rehabilitation from Kela if an illness threatens your ability to work or study. During rehabilitation you can receive rehabilitation allowance.",
    "path.returning.financing":
      "For studies you can apply for Kela’s student financial aid. When unemployed you can study on your own initiative with unemployment benefit if this is agreed with the employment services before the studies.",
    "path.immigrants.title": "I have moved to Finland",
    "path.immigrants.lead":
      "Information on language studies, education and work for people who have moved to Finland. Guidance is also available in English, Russian and other languages.",
    "path.immigrants.step1":
      "Register with your municipality’s employment services or immigrant services. They assess your skills and make an integration plan with you.",
    "path.immigrants.step2": "Start learning Finnish or Swedish as soon as you can. The language opens the way to education and work.",
    "path.immigrants.step3": "If you have a foreign degree, find out about its recognition from the Finnish National Agency for Education.",
    "path.immigrants.contact":
      "Your municipality’s immigrant services and employment services, organisations that support integration, and counsellors at schools give advice. Many services use an interpreter free of charge.",
    "path.immigrants.rights":
      "You may have the right to an integration plan and integration training. You can ask for an interpreter when dealing with the authorities. In vocational education your earlier skills are recognised.",
    "path.immigrants.financing":
      "Integration training is free, and you can receive unemployment benefit during it. Self-motivated study with unemployment benefit is agreed in your integration plan.",
    "path.companies.title": "I am starting or developing a business",
    "path.companies.lead": "Advice on starting a business, developing your staff’s skills, and recruiting with the help of training.",
    "path.companies.step1": "Make a business plan and calculations. The enterprise agency (Uusyrityskeskus) helps free of charge.",
    "path.companies.step2": "If you are unemployed or moving from paid work to entrepreneurship, ask about the start-up grant before you start trading.",
    "path.companies.step3": "Develop your staff with apprenticeship training or joint purchase training, where public funding covers part of the costs.",
    "path.companies.contact":
      "Enterprise agencies, municipal business services, the business services of your municipality’s employment services and the regional vitality centre advise companies. Schools tailor training to a company’s needs.",
    "path.companies.rights":
      "As an entrepreneur you can study like any other adult. As an employer you can get a training compensation for training an apprentice.",
    "path.companies.financing":
      "In joint purchase training (RekryKoulutus, TäsmäKoulutus, MuutosKoulutus) the company and the public funder share the costs. The start-up grant secures an entrepreneur’s income at the start.",
  },
});
