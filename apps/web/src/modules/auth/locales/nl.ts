/** The auth screens' texts; every key exists in en.ts too (app/locales checks). */
export const authNl = {
  session: {
    signedInAs: 'Aangemeld als {{name}}',
    as: '{{role}} bij {{organisation}}',
    signOut: 'Afmelden',
    actingAs: 'Werken als',
    allRoles: 'Al mijn rollen samen',
    signInAgain: 'Opnieuw aanmelden',
    left: {
      title: 'U bent afgemeld',
      confirmed: 'U bent afgemeld bij Aanwezig. Wilt u verder werken? Meld u dan opnieuw aan.',
      unconfirmed: 'Afmelden is niet bevestigd door de server; sluit de browser als u een gedeelde computer gebruikt.',
      unconfirmedWhy:
        'De server was niet bereikbaar. Deze pagina is u vergeten, maar de server weet nog niet dat u bent afgemeld.',
      retry: 'Opnieuw proberen af te melden',
      stillUnconfirmed: 'De server heeft het afmelden ook nu niet bevestigd.',
    },
    ended: {
      title: 'Uw sessie is beëindigd',
      expired:
        'U was een tijd niet actief in Aanwezig (of al heel lang aangemeld). Daarom is uw sessie verlopen, zodat niemand anders op deze computer verder kan met uw gegevens.',
      signedOutElsewhere: 'U bent afgemeld in een ander venster of tabblad van deze browser.',
      gone: 'U bent afgemeld in een ander venster of tabblad van deze browser, of u was al heel lang aangemeld (een sessie duurt hoogstens 12 uur).',
      deactivated:
        'Uw account is gedeactiveerd. Denkt u dat dit niet klopt? Vraag de functioneel beheerder van uw organisatie.',
      roleChanged:
        'Uw rol bij een organisatie is gewijzigd of ingetrokken. Meld u opnieuw aan om verder te werken met de rollen die u nu heeft.',
      unknown: 'De server heeft uw sessie beëindigd.',
      unsaved: 'Wat u nog niet had opgeslagen, is niet bewaard. Meld u opnieuw aan om verder te werken.',
    },
  },
  signIn: {
    title: 'Aanmelden',
    intro: 'U meldt zich aan via uw eigen organisatie: uw school, gemeente, GGD of samenwerkingsverband.',
    withEmail: 'Met uw werk-e-mailadres',
    email: 'Werk-e-mailadres',
    emailHint: 'Bijvoorbeeld naam@uwschool.nl. U gaat daarna verder op de aanmeldpagina van uw organisatie.',
    next: 'Verder',
    emailMissing: 'Vul uw werk-e-mailadres in.',
    emailInvalid: 'Vul een volledig e-mailadres in, zoals naam@uwschool.nl.',
    organisations: 'Of kies uw organisatie',
    demoUsers: 'Demo-accounts',
    demoIntro: 'Dit is een demo-omgeving: kies een demo-account om Aanwezig te bekijken. Alle gegevens zijn verzonnen.',
    failed: 'Aanmelden is niet gelukt',
    errors: {
      notInvited:
        'U bent (nog) niet uitgenodigd voor Aanwezig. Vraag de functioneel beheerder van {{organisation}} om een uitnodiging.',
      notInvited_unnamed:
        'U bent (nog) niet uitgenodigd voor Aanwezig. Vraag de functioneel beheerder van uw organisatie om een uitnodiging.',
      mfaRequired:
        '{{organisation}} vraagt om aanmelden met een tweede factor (bijvoorbeeld een code op uw telefoon). Meld u opnieuw aan en kies tweestapsverificatie bij uw organisatie.',
      mfaRequired_unnamed:
        'Uw organisatie vraagt om aanmelden met een tweede factor (bijvoorbeeld een code op uw telefoon). Meld u opnieuw aan en kies tweestapsverificatie bij uw organisatie.',
      expired:
        'Het aanmelden duurde te lang of was al afgerond (een aanmeldpoging is 10 minuten geldig). Meld u opnieuw aan.',
      failed:
        'Het aanmelden bij {{organisation}} is afgebroken of kon niet worden gecontroleerd. Meld u opnieuw aan; lukt het dan nog niet, vraag dan de functioneel beheerder van {{organisation}}.',
      failed_unnamed:
        'Het aanmelden bij uw organisatie is afgebroken of kon niet worden gecontroleerd. Meld u opnieuw aan; lukt het dan nog niet, vraag dan de functioneel beheerder van uw organisatie.',
      deactivated:
        'Uw account in Aanwezig is gedeactiveerd. Denkt u dat dit niet klopt? Vraag de functioneel beheerder van {{organisation}}.',
      deactivated_unnamed:
        'Uw account in Aanwezig is gedeactiveerd. Denkt u dat dit niet klopt? Vraag de functioneel beheerder van uw organisatie.',
      noProvider:
        'Voor dit e-mailadres kunt u (nog) niet aanmelden via uw organisatie. Controleer het adres, of kies uw organisatie als die op deze pagina staat. Staat die er niet bij? Vraag de functioneel beheerder van uw organisatie.',
      tooMany:
        'Er is vanaf dit netwerk vaak achter elkaar geprobeerd aan te melden. Wacht een minuut en probeer het dan opnieuw.',
      unknown: 'Aanmelden is niet gelukt. Meld u opnieuw aan.',
    },
  },
  signInLog: {
    title: 'Aanmeldpogingen',
    nav: 'Aanmeldingen',
    link: 'Naar de aanmeldpogingen',
    intro:
      'Elke poging om bij Aanwezig aan te melden, de nieuwste eerst: wie, wanneer, op welke manier en waarom een poging is geweigerd. De privacyfunctionaris ziet die van de eigen organisatie, de functioneel beheerder die van de hele regio.',
    count_one: '{{shown}} van {{count}} poging',
    count_other: '{{shown}} van {{count}} pogingen',
    empty: 'Er zijn nog geen aanmeldpogingen.',
    more: 'Meer laden',
    at: 'Wanneer',
    who: 'Wie',
    unknown: 'onbekend',
    organisation: 'Organisatie',
    method: 'Manier',
    outcome: 'Uitkomst',
    reasonHeader: 'Reden',
    address: 'IP-adres',
    methods: { DEV: 'Demo-account', OIDC: 'Via de eigen organisatie' },
    outcomes: { SIGNED_IN: 'Aangemeld', REFUSED: 'Geweigerd', FAILED: 'Mislukt' },
    reason: {
      noProvider: 'Geen aanmelden via een organisatie ingesteld voor dit adres',
      attemptExpired: 'Aanmeldpoging verlopen of al gebruikt',
      otherBrowser: 'Teruggekomen in een andere browser dan waarin het aanmelden begon',
      providerCancelled: 'Afgebroken of geweigerd bij de organisatie',
      providerError: 'Fout bij de aanmeldpagina van de organisatie ({{error}})',
      providerUnreachable: 'De aanmeldpagina van de organisatie was niet bereikbaar',
      unverified: 'Het antwoord van de organisatie kon niet worden gecontroleerd',
      noEmail: 'Geen passend e-mailadres in het antwoord van de organisatie',
      mfaRequired: 'Zonder tweede factor, die de organisatie vereist',
      notInvited: 'Niet uitgenodigd voor Aanwezig',
      noLongerMember: 'Niet meer verbonden aan deze organisatie',
      deactivated: 'Account gedeactiveerd',
      unknownAccount: 'Onbekend account',
    },
  },
};
