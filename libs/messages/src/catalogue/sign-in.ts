import type { Bilingual } from './tree';

/** Texts of signing in through an organisation's own OpenID Provider, and of its setting. */
export const signInMessages = {
  nl: {
    errors: {
      signIn: {
        noSuchOrganisation: 'Deze organisatie bestaat niet in uw samenwerkingsverband.',
        issuerNotUrl:
          'Geef de issuer-URL van de aanbieder, bijvoorbeeld https://login.microsoftonline.com/<tenant>/v2.0.',
        issuerNotHttps: 'De issuer-URL moet met https:// beginnen.',
        clientIdRequired: 'Geef de client-id die de aanbieder voor Aanwezig heeft uitgegeven (hoogstens 500 tekens).',
        clientSecretRequired:
          'Geef het clientgeheim dat de aanbieder voor Aanwezig heeft uitgegeven (hoogstens 2000 tekens).',
        badClaim: 'Geef de naam van de claim met het e-mailadres, bijvoorbeeld email of preferred_username.',
        badDomain: '"{{domain}}" is geen e-maildomein; geef domeinen als school.nl, zonder @.',
        domainTaken:
          'Het domein {{domain}} hoort al bij {{organisation}}: een e-mailadres wijst naar één organisatie. Haal het daar eerst weg.',
        issuerUnreachable:
          'De aanbieder op deze issuer-URL antwoordde niet zoals OpenID Connect voorschrijft ({{reason}}). Controleer de URL; er is niets opgeslagen.',
      },
    },
  },
  en: {
    errors: {
      signIn: {
        noSuchOrganisation: 'This organisation does not exist in your partnership.',
        issuerNotUrl: "Give the provider's issuer URL, for example https://login.microsoftonline.com/<tenant>/v2.0.",
        issuerNotHttps: 'The issuer URL must start with https://.',
        clientIdRequired: 'Give the client id the provider issued for Aanwezig (at most 500 characters).',
        clientSecretRequired: 'Give the client secret the provider issued for Aanwezig (at most 2000 characters).',
        badClaim: 'Give the name of the claim holding the e-mail address, for example email or preferred_username.',
        badDomain: '"{{domain}}" is not an e-mail domain; give domains such as school.nl, without @.',
        domainTaken:
          'The domain {{domain}} already belongs to {{organisation}}: an e-mail address points to one organisation. Remove it there first.',
        issuerUnreachable:
          'The provider at this issuer URL did not answer as OpenID Connect requires ({{reason}}). Check the URL; nothing was saved.',
      },
    },
  },
} satisfies Bilingual;
