import type { PageLanguage } from "../kit/i18n/page-languages";

type Text = { title: string; summary: string; body: string };

/**
 * Guidance for people who have moved to Finland, as a content page (issue 13): Finnish first, and
 * English and Russian for readers who do not yet read Finnish or Swedish. The texts are written from
 * the immigrant path's Finnish guidance in plain language; facts stay general and send readers to the
 * body that decides. Other languages (Arabic, Somali, Ukrainian) are added as versions of this page.
 */
export const immigrantGuidanceTexts: { fi: Text } & Partial<Record<Exclude<PageLanguage, "fi">, Text>> = {
  fi: {
    title: "Ohjausta Suomeen muuttaneille",
    summary:
      "Tietoa suomen ja ruotsin kielen opiskelusta, kotoutumiskoulutuksesta, tutkinnon tunnustamisesta ja työnhausta. Ohjausta saa myös englanniksi, venäjäksi ja muilla kielillä.",
    body: `## Aloita näistä

1. **Ilmoittaudu työnhakijaksi** kuntasi työllisyyspalveluihin (entiset TE-palvelut) [Työmarkkinatorilla](https://tyomarkkinatori.fi). Työllisyyspalveluissa arvioidaan osaamisesi ja laaditaan kanssasi kotoutumissuunnitelma.
2. **Aloita suomen tai ruotsin kielen opiskelu** mahdollisimman pian. Kieli avaa tien koulutukseen ja työhön.
3. **Selvitä ulkomaisen tutkintosi tunnustaminen** Opetushallituksesta, jos sinulla on tutkinto toisesta maasta.

## Kotoutumiskoulutus

Kotoutumiskoulutuksessa opiskellaan suomea tai ruotsia sekä opitaan suomalaisesta yhteiskunnasta ja työelämästä. Koulutukseen haetaan työllisyyspalvelujen kautta, ja se sovitaan kotoutumissuunnitelmassa. Koulutus on maksuton.

## Kela ja toimeentulo

Kela maksaa esimerkiksi työttömyysturvaa, asumistukea ja opintotukea. Kotoutumiskoulutuksen ajalta voit saada työttömyysetuutta. Omaehtoisesta opiskelusta työttömyysetuudella sovitaan työllisyyspalvelujen kanssa ennen opintojen alkua. Lisätietoa saat [Kelan verkkosivuilta](https://www.kela.fi).

## Oikeutesi

- Sinulla voi olla oikeus kotoutumissuunnitelmaan ja kotoutumiskoulutukseen.
- Voit pyytää tulkin, kun asioit viranomaisen kanssa. Monet palvelut käyttävät tulkkia maksutta.
- Ammatillisessa koulutuksessa aiempi osaamisesi tunnistetaan, eikä sinun tarvitse opiskella uudelleen sitä, minkä jo osaat.

## Tietoa omalla kielelläsi

[Infopankki](https://www.infopankki.fi) kertoo Suomeen muuttamisesta, työstä, opiskelusta ja arjesta monella kielellä, esimerkiksi englanniksi, venäjäksi, ukrainaksi, arabiaksi ja somaliksi.

## Kuka neuvoo

Kunnan maahanmuuttajapalvelut ja työllisyyspalvelut, kotoutumista tukevat järjestöt ja oppilaitosten opinto-ohjaajat neuvovat. Löydät alueesi ohjauspalvelut ohjauspalvelujen hausta; voit rajata haun palveluihin, joita saa omalla kielelläsi.`,
  },
  en: {
    title: "Guidance for people who have moved to Finland",
    summary:
      "Information on learning Finnish or Swedish, integration training, recognition of qualifications and finding work. Guidance is also available in English, Russian and other languages.",
    body: `## Start here

1. **Register as a job seeker** with your municipality’s employment services (formerly the TE Services) in [Job Market Finland](https://tyomarkkinatori.fi/en). The employment services assess your skills and make an integration plan with you.
2. **Start learning Finnish or Swedish** as soon as you can. The language opens the way to education and work.
3. **Find out about the recognition of your foreign qualification** from the Finnish National Agency for Education (Opetushallitus), if you have a degree from another country.

## Integration training

In integration training (kotoutumiskoulutus) you study Finnish or Swedish and learn about Finnish society and working life. You apply through the employment services, and the training is agreed in your integration plan. The training is free of charge.

## Kela and your income

Kela pays, for example, unemployment benefits, housing allowance and student financial aid. During integration training you can receive unemployment benefit. If you want to study on your own initiative with unemployment benefit, agree on it with the employment services before the studies start. You find more information on [Kela’s website](https://www.kela.fi/web/en).

## Your rights

- You may have the right to an integration plan and integration training.
- You can ask for an interpreter when you deal with the authorities. Many services use an interpreter free of charge.
- In vocational education your earlier skills are recognised, so you do not have to study again what you already know.

## Information in your own language

[InfoFinland](https://www.infofinland.fi) (Infopankki) tells about moving to Finland, work, studying and everyday life in many languages, for example English, Russian, Ukrainian, Arabic and Somali.

## Who can advise you

Your municipality’s immigrant services and employment services, organisations that support integration, and study counsellors at schools give advice. You find the guidance services of your region in the search for guidance services; you can limit the search to services available in your language.`,
  },
  ru: {
    title: "Консультации для тех, кто переехал в Финляндию",
    summary:
      "Информация об изучении финского или шведского языка, интеграционном обучении, признании дипломов и поиске работы. Консультации можно получить также на английском, русском и других языках.",
    body: `## С чего начать

1. **Зарегистрируйтесь как ищущий работу** в службе занятости вашего муниципалитета (раньше это были TE-palvelut) в сервисе [Työmarkkinatori](https://tyomarkkinatori.fi/en). Служба занятости оценит ваши знания и навыки и вместе с вами составит план интеграции.
2. **Начните изучать финский или шведский язык** как можно скорее. Язык открывает путь к учёбе и работе.
3. **Узнайте о признании вашего иностранного диплома** в Национальном агентстве по образованию (Opetushallitus), если вы получили образование в другой стране.

## Интеграционное обучение

На интеграционном обучении (kotoutumiskoulutus) вы изучаете финский или шведский язык и узнаёте о финском обществе и трудовой жизни. Заявку подают через службу занятости, и обучение согласуется в плане интеграции. Обучение бесплатное.

## Kela и ваш доход

Kela выплачивает, например, пособие по безработице, пособие на жильё и учебное пособие. Во время интеграционного обучения можно получать пособие по безработице. Если вы хотите учиться самостоятельно и получать пособие по безработице, договоритесь об этом со службой занятости до начала учёбы. Подробнее — на [сайте Kela](https://www.kela.fi/web/en).

## Ваши права

- У вас может быть право на план интеграции и интеграционное обучение.
- При общении с властями вы можете попросить переводчика. Многие службы бесплатно приглашают переводчика.
- В профессиональном образовании учитываются знания и навыки, которые у вас уже есть: вам не нужно заново изучать то, что вы уже умеете.

## Информация на вашем языке

Сервис [Infopankki](https://www.infopankki.fi/ru) рассказывает о переезде в Финляндию, работе, учёбе и повседневной жизни на многих языках, в том числе на русском, украинском, английском, арабском и сомалийском.

## Кто может помочь

Советы дают службы для иммигрантов и службы занятости вашего муниципалитета, организации, которые помогают в интеграции, и консультанты учебных заведений. Ниже вы можете найти консультационные услуги вашего региона на русском языке.`,
  },
};
