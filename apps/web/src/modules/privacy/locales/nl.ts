/** The privacy screens' texts; every key exists in en.ts too (app/locales checks). */
export const privacyNl = {
  privacy: {
    title: 'Privacy: toegangslogboek en inzage',
    intro:
      'Zoek een leerling van uw school. U ziet wie welke gegevens wanneer heeft ingezien of gewijzigd, en u beantwoordt een inzageverzoek: een overzicht voor de ouders (PDF) en alles wat over de leerling is vastgelegd (JSON). Ook uw zoekopdrachten en downloads worden vastgelegd.',
    search: 'Leerlingnummer of (deel van de) naam',
    find: 'Zoeken',
    none: 'Geen leerling van uw school gevonden. Controleer het nummer of zoek op een deel van de naam.',
    results: 'Gevonden leerlingen',
    number: 'Leerlingnummer',
    born: 'Geboortedatum',
    subject: '{{name}} ({{number}})',
    request: {
      title: 'Inzageverzoek beantwoorden',
      intro:
        'Leg eerst vast op welk verzoek u antwoordt. Het kenmerk en de datum komen met elke download in het toegangslogboek. Zonder kenmerk en datum wordt niets geëxporteerd.',
      reference: 'Kenmerk van het verzoek',
      referenceHint: 'Bijvoorbeeld het kenmerk van de brief of e-mail van de ouders (of van de leerling).',
      date: 'Datum van het verzoek',
      dateHint: 'De dag waarop het verzoek binnenkwam.',
      pdf: 'Download antwoord voor de ouders (PDF)',
      json: 'Download alle gegevens (JSON)',
      donePdf:
        'Het antwoord voor de ouders is gedownload. De export staat met kenmerk {{reference}} in het toegangslogboek.',
      doneJson: 'Alle gegevens zijn gedownload. De export staat met kenmerk {{reference}} in het toegangslogboek.',
      failed: 'Het exporteren is niet gelukt. Probeer het opnieuw.',
    },
    exportNote:
      'De PDF is voor de ouders, in eenvoudige taal: welke organisatie wat van de leerling ziet en waarom, en wie wanneer keek. Het JSON-bestand bevat alle vastgelegde gegevens en het toegangslogboek, zonder de eigen aantekeningen van de jeugdarts. Medewerkers staan in beide alleen met organisatie en functie: geen naam, e-mailadres of IP-adres.',
    exportOf: '{{format}}, verzoek van {{date}}, kenmerk {{reference}}',
    trail: 'Toegangslogboek, nieuwste eerst',
    trailCount_one: '{{count}} vastlegging',
    trailCount_other: '{{count}} vastleggingen',
    when: 'Wanneer',
    who: 'Wie (rol, namens)',
    what: 'Wat',
    categories: 'Welke gegevens',
    more: 'Meer laden',
    actions: {
      READ: 'ingezien',
      CREATE: 'vastgelegd',
      UPDATE: 'gewijzigd',
      EXPORT: 'geëxporteerd',
      AUDIT_READ: 'logboek ingezien',
    },
  },
};
