import type { Language } from "../kit/i18n/languages";

/**
 * The first accessibility statement of Elo (Act on the Provision of Digital Services 306/2019),
 * loaded at start when no page has the slug "accessibility". Admins keep it up to date afterwards
 * like any content page; a statement is reviewed at least once a year.
 */
export const accessibilityStatement: Record<Language, { title: string; summary: string; body: string }> = {
  fi: {
    title: "Saavutettavuusseloste",
    summary:
      "Tämä saavutettavuusseloste koskee Elo-palvelua: ohjauspalvelujen hakua, ohjaajaverkostokarttaa, koulutustarjontaa sekä opiskelun ja rahoituksen sivuja. Seloste kertoo, mitkä palvelun osat eivät vielä ole saavutettavia ja miten voit antaa palautetta.",
    body: `Haluamme, että mahdollisimman moni voi käyttää Elo-palvelua. Digitaalisten palvelujen tarjoamisesta annettu laki (306/2019) edellyttää, että julkiset verkkopalvelut ovat saavutettavia ja että niistä julkaistaan saavutettavuusseloste.

## Palvelun saavutettavuuden tila

Elo täyttää **osittain** WCAG 2.1 -ohjeiston A- ja AA-tason saavutettavuusvaatimukset. Puutteet on kuvattu alla.

## Tiedossa olevat puutteet

- **Kartta.** Karttanäkymän kartta on kuva, jota ruudunlukija ei voi tulkita eikä näppäimistöllä voi liikkua kartalla. Samat palvelupisteet löytyvät luettelona haku- ja organisaatiosivuilta. (WCAG 1.1.1, 2.1.1)
- **Koulutusten vertailutaulukko.** Kapealla näytöllä vertailutaulukkoa on vieritettävä vaakasuunnassa. (WCAG 1.4.10)
- **Käännökset.** Osa jäsenorganisaatioiden kirjoittamista teksteistä ja sisältösivuista on vain suomeksi. Tällainen teksti näytetään suomeksi, ja siitä kerrotaan sivulla. Tekstin kieli on merkitty, jotta ruudunlukija lukee sen oikein. (WCAG 3.1.2)
- **Ulkopuoliset sisällöt.** Palvelu linkittää koulutuksen järjestäjien ja muiden organisaatioiden sivustoille ja asiakirjoihin. Ne eivät kuulu tämän selosteen piiriin, eikä niiden saavutettavuutta voida taata.

Korjaamme puutteita palvelun kehittämisen yhteydessä.

## Miten saavutettavuus on arvioitu

Saavutettavuus on arvioitu itsearviona. Palvelun sivut testataan automaattisesti jokaisen muutoksen yhteydessä, ja lisäksi niitä on käytetty näppäimistöllä, ruudunlukijalla ja ilman JavaScriptiä.

Seloste on laadittu 30.11.2026. Seloste tarkistetaan vähintään kerran vuodessa.

## Anna palautetta saavutettavuudesta

Huomasitko saavutettavuuspuutteen tai etkö saanut sisältöä saavutettavassa muodossa? Kerro siitä meille [saavutettavuuspalautteen lomakkeella](/fi/feedback?kind=accessibility). Vastaamme palautteeseen **14 päivän kuluessa**. Jos pyydät sisältöä, joka ei ole saavutettava, toimitamme sen sinulle toisessa muodossa tai kerromme, miksi emme voi sitä toimittaa.

## Valvontaviranomainen

Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon aikana, voit tehdä ilmoituksen valvontaviranomaiselle. Saavutettavuusvaatimusten noudattamista valvoo saavutettavuuden valvontayksikkö, joka toimi vuoden 2025 loppuun Etelä-Suomen aluehallintovirastossa ja vuoden 2026 alusta Lupa- ja valvontavirastossa. Valvontayksikön sivuilla kerrotaan, miten ilmoituksen voi tehdä, ja sen yhteystiedot: [saavutettavuusvaatimukset.fi](https://www.saavutettavuusvaatimukset.fi).`,
  },
  sv: {
    title: "Tillgänglighetsutlåtande",
    summary:
      "Detta tillgänglighetsutlåtande gäller tjänsten Elo: sökningen av vägledningstjänster, kartan över vägledarnätverket, utbildningsutbudet samt sidorna om studier och finansiering. Utlåtandet berättar vilka delar av tjänsten som ännu inte är tillgängliga och hur du kan ge respons.",
    body: `Vi vill att så många som möjligt ska kunna använda Elo. Lagen om tillhandahållande av digitala tjänster (306/2019) kräver att offentliga webbtjänster är tillgängliga och att ett tillgänglighetsutlåtande publiceras om dem.

## Tjänstens tillgänglighet

Elo uppfyller **delvis** kraven på nivå A och AA i riktlinjerna WCAG 2.1. Bristerna beskrivs nedan.

## Kända brister

- **Kartan.** Kartan i kartvyn är en bild som en skärmläsare inte kan tolka, och det går inte att röra sig på kartan med tangentbordet. Samma serviceställen finns som listor på sök- och organisationssidorna. (WCAG 1.1.1, 2.1.1)
- **Jämförelsetabellen för utbildningar.** På en smal skärm måste jämförelsetabellen rullas i sidled. (WCAG 1.4.10)
- **Översättningar.** En del av de texter och innehållssidor som medlemsorganisationerna skrivit finns bara på finska. Sådan text visas på finska med ett meddelande om det. Textens språk är märkt så att skärmläsaren läser den rätt. (WCAG 3.1.2)
- **Externt innehåll.** Tjänsten länkar till utbildningsanordnares och andra organisationers webbplatser och dokument. De omfattas inte av detta utlåtande och deras tillgänglighet kan inte garanteras.

Vi rättar bristerna i samband med att tjänsten utvecklas.

## Hur tillgängligheten har bedömts

Tillgängligheten har bedömts genom självbedömning. Tjänstens sidor testas automatiskt vid varje ändring, och de har dessutom använts med tangentbord, skärmläsare och utan JavaScript.

Utlåtandet har upprättats den 30 november 2026. Det granskas minst en gång om året.

## Ge respons om tillgängligheten

Märkte du en brist i tillgängligheten eller fick du inte innehåll i tillgänglig form? Berätta det för oss med [formuläret för tillgänglighetsrespons](/sv/feedback?kind=accessibility). Vi svarar **inom 14 dagar**. Om du ber om innehåll som inte är tillgängligt, ger vi det till dig i en annan form eller berättar varför vi inte kan göra det.

## Tillsynsmyndighet

Om du inte är nöjd med svaret eller inte får något svar inom två veckor, kan du anmäla saken till tillsynsmyndigheten. Efterlevnaden av tillgänglighetskraven övervakas av enheten för tillgänglighetstillsyn, som till utgången av 2025 verkade vid Regionförvaltningsverket i Södra Finland och från början av 2026 vid Tillstånds- och tillsynsverket. På enhetens webbplats finns anvisningar om hur du gör en anmälan och enhetens kontaktuppgifter: [webbtillganglighet.fi](https://www.webbtillganglighet.fi).`,
  },
  en: {
    title: "Accessibility statement",
    summary:
      "This accessibility statement covers the Elo service: the search for guidance services, the guidance network map, the education catalogue, and the studying and financing pages. It tells you which parts of the service are not yet accessible and how to give feedback.",
    body: `We want as many people as possible to be able to use Elo. The Finnish Act on the Provision of Digital Services (306/2019) requires public web services to be accessible and to publish an accessibility statement.

## Compliance status

Elo **partially** meets the level A and AA requirements of the WCAG 2.1 guidelines. The shortcomings are described below.

## Known shortcomings

- **The map.** The map on the map page is an image that screen readers cannot interpret, and it cannot be moved around with a keyboard. The same service points are listed on the search and organisation pages. (WCAG 1.1.1, 2.1.1)
- **The education comparison table.** On a narrow screen the comparison table must be scrolled sideways. (WCAG 1.4.10)
- **Translations.** Some texts and content pages written by member organisations exist only in Finnish. Such text is shown in Finnish with a notice saying so, and its language is marked so that screen readers read it correctly. (WCAG 3.1.2)
- **Third-party content.** The service links to the websites and documents of education providers and other organisations. They are not covered by this statement, and their accessibility cannot be guaranteed.

We fix the shortcomings as the service is developed.

## How accessibility was assessed

Accessibility was assessed as a self-assessment. The pages of the service are tested automatically with every change, and they have also been used with a keyboard, with a screen reader and without JavaScript.

This statement was prepared on 30 November 2026. It is reviewed at least once a year.

## Give feedback on accessibility

Did you notice an accessibility problem, or could you not get content in an accessible form? Tell us with the [accessibility feedback form](/en/feedback?kind=accessibility). We answer **within 14 days**. If you ask for content that is not accessible, we provide it to you in another form or tell you why we cannot.

## Supervisory authority

If you are not satisfied with our answer, or you get no answer within two weeks, you can notify the supervisory authority. Compliance with the accessibility requirements is supervised by the Digital Accessibility Supervision Unit, which until the end of 2025 was part of the Regional State Administrative Agency for Southern Finland and since the beginning of 2026 is part of the Finnish Supervisory Agency (Lupa- ja valvontavirasto). Its website explains how to file a notification and gives its contact details: [webaccessibility.fi](https://www.webaccessibility.fi).`,
  },
};
