import { defineMessages } from "../kit/i18n/define-messages";

export const notificationMessages = defineMessages({
  fi: {
    "audit.entity.notification": "ilmoitus",
    "audit.entity.agreement_reminder": "kumppanuussopimuksen muistutus",
    "audit.action.read": "luettu",
    "audit.action.readAll": "kaikki luettu",
    "notifications.title": "Ilmoitukset",
    "notifications.nav": "Ilmoitukset",
    "notifications.navUnread": "Ilmoitukset, {count, plural, one {# lukematon} other {# lukematonta}}",
    "notifications.unreadCount": "Lukemattomia ilmoituksia: {count, number}.",
    "notifications.none": "Sinulla ei ole ilmoituksia.",
    "notifications.new": "Uusi",
    "notifications.markRead": "Merkitse luetuksi",
    "notifications.markReadOf": "Merkitse luetuksi: {text}",
    "notifications.markAllRead": "Merkitse kaikki luetuiksi",
    "notifications.markedRead": "Merkitty luetuksi.",
    "notifications.mail.body": "{message}\n\nLue lisää Elossa: {url}\n\nSaat tämän viestin, koska olet Elon käyttäjä alueellisessa ohjausverkostossa.",
    "notifications.message.documentVersion": "Ryhmään {group} on lisätty asiakirja {title}, versio {version}.",
    "notifications.message.agreementExpires":
      "Alueen {region} kumppanuussopimus (versio {version}) päättyy {date}. Uusi versio on valmisteltava ja hyväksyttävä ennen sitä.",
    "notifications.message.agreementUnaccepted": "Organisaatio {organization} ei ole vielä hyväksynyt alueen {region} kumppanuussopimuksen versiota {version}.",
    "notifications.message.agreementUnacceptedSummary":
      "Alueen {region} kumppanuussopimuksen versiota {version} ei ole vielä hyväksynyt {count, plural, one {# jäsenorganisaatio} other {# jäsenorganisaatiota}}.",
  },
  sv: {
    "audit.entity.notification": "meddelande",
    "audit.entity.agreement_reminder": "påminnelse om partnerskapsavtalet",
    "audit.action.read": "läst",
    "audit.action.readAll": "alla lästa",
    "notifications.title": "Meddelanden",
    "notifications.nav": "Meddelanden",
    "notifications.navUnread": "Meddelanden, {count, plural, one {# oläst} other {# olästa}}",
    "notifications.unreadCount": "Olästa meddelanden: {count, number}.",
    "notifications.none": "Du har inga meddelanden.",
    "notifications.new": "Nytt",
    "notifications.markRead": "Markera som läst",
    "notifications.markReadOf": "Markera som läst: {text}",
    "notifications.markAllRead": "Markera alla som lästa",
    "notifications.markedRead": "Markerat som läst.",
    "notifications.mail.body": "{message}\n\nLäs mer i Elo: {url}\n\nDu får detta meddelande eftersom du använder Elo i ett regionalt vägledningsnätverk.",
    "notifications.message.documentVersion": "Dokumentet {title}, version {version}, har lagts till i gruppen {group}.",
    "notifications.message.agreementExpires":
      "Partnerskapsavtalet för {region} (version {version}) upphör {date}. En ny version ska beredas och godkännas före det.",
    "notifications.message.agreementUnaccepted": "Organisationen {organization} har ännu inte godkänt version {version} av partnerskapsavtalet för {region}.",
    "notifications.message.agreementUnacceptedSummary":
      "{count, plural, one {# medlemsorganisation} other {# medlemsorganisationer}} har ännu inte godkänt version {version} av partnerskapsavtalet för {region}.",
  },
  en: {
    "audit.entity.notification": "notification",
    "audit.entity.agreement_reminder": "partnership agreement reminder",
    "audit.action.read": "read",
    "audit.action.readAll": "all read",
    "notifications.title": "Notifications",
    "notifications.nav": "Notifications",
    "notifications.navUnread": "Notifications, {count, number} unread",
    "notifications.unreadCount": "Unread notifications: {count, number}.",
    "notifications.none": "You have no notifications.",
    "notifications.new": "New",
    "notifications.markRead": "Mark as read",
    "notifications.markReadOf": "Mark as read: {text}",
    "notifications.markAllRead": "Mark all as read",
    "notifications.markedRead": "Marked as read.",
    "notifications.mail.body": "{message}\n\nRead more in Elo: {url}\n\nYou receive this message because you use Elo in a regional guidance network.",
    "notifications.message.documentVersion": "The document {title}, version {version}, has been added to the group {group}.",
    "notifications.message.agreementExpires":
      "The partnership agreement of {region} (version {version}) ends on {date}. A new version must be prepared and accepted before then.",
    "notifications.message.agreementUnaccepted":
      "The organisation {organization} has not yet accepted version {version} of the partnership agreement of {region}.",
    "notifications.message.agreementUnacceptedSummary":
      "{count, plural, one {# member organisation has} other {# member organisations have}} not yet accepted version {version} of the partnership agreement of {region}.",
  },
});
