/** The imports screens' texts; every key exists in en.ts too (app/locales checks). */
export const importsNl = {
  imports: {
    encoding: {
      'windows-1252':
        'Dit bestand is niet als UTF-8 opgeslagen: het is gelezen als Windows-1252 (ANSI), zoals oudere Excel-versies CSV opslaan. Kijk in het voorbeeld of namen met é, ë of ö goed staan.',
      'utf-16':
        'Dit bestand is als UTF-16 (Unicode) opgeslagen en zo gelezen. Kijk in het voorbeeld of het goed staat.',
    },
    title: 'Verzuim importeren',
    intro:
      'Lees een export uit uw registratiesysteem in. Het bestand is de waarheid voor de leerlingen erin over de periode die het beslaat: gewijzigde registraties worden vervangen, registraties die er niet meer in staan verwijderd. U ziet eerst de eerste regels; na het inlezen ziet u per regel wat er niet klopte. Opnieuw inlezen van hetzelfde bestand verandert niets.',
    noSchool: 'U importeert alleen voor een school waar u coördinator of directie bent.',
    school: 'School',
    mapping: 'Soort bestand',
    mappings: {
      CANONICAL: 'Aanwezig-formaat (CSV)',
      MAGISTER: 'Magister',
      SOMTODAY: 'Somtoday',
      PARNASSYS: 'ParnasSys',
      ESIS: 'ESIS',
    },
    file: 'Bestand',
    keepGoodRows: 'Goede regels inlezen, ook als andere regels fout zijn',
    preview_one: 'Voorbeeld van {{name}} ({{count}} regel)',
    preview_other: 'Voorbeeld van {{name}} ({{count}} regels)',
    submit: 'Inlezen',
    progress: 'Bezig: {{processed}} van {{total}} regels opgeslagen',
    progressLabel: 'Voortgang van het inlezen',
    rejected: 'Niet ingelezen: het bestand bevat fouten',
    done: 'Ingelezen',
    summary:
      'Periode {{from}} t/m {{to}}: {{imported}} nieuw, {{changed}} gewijzigd, {{removed}} verwijderd, {{already}} ongewijzigd. {{signals}} nieuwe signalen, {{withdrawn}} ingetrokken.',
    rejectedSummary:
      'Er is niets opgeslagen. Verbeter de regels hieronder in het bestand en lees het opnieuw in, of kies voor het inlezen van alleen de goede regels.',
    period: 'Periode van het bestand (niet verplicht)',
    periodHelp:
      'Laat leeg om de eerste en laatste datum in het bestand te nemen. Registraties van deze leerlingen in de periode die niet in het bestand staan, worden verwijderd.',
    from: 'Van',
    to: 'Tot en met',
    line: 'Regel',
    errorsTitle: 'Fouten per regel',
    field: 'Kolom',
    why: 'Wat is er mis',
    help: {
      title: 'Hoe het bestand eruitziet',
      intro:
        'Eén regel per registratie, met een kopregel. Komma of puntkomma als scheidingsteken, opgeslagen als UTF-8. Begin eventueel met het sjabloon: de kopregel en twee voorbeeldregels in het Aanwezig-formaat.',
      template: 'Sjabloon downloaden (CSV)',
      templateNote:
        'Vervang in het sjabloon 123456 door het leerlingnummer en pas datum, tijden en reden aan. Lees het in met de soort bestand "Aanwezig-formaat".',
      columnsTitle: 'Kolommen voor {{mapping}}',
      columnsCaption: 'Kolommen die {{mapping}} leest',
      datesIso: 'Datums in de vorm JJJJ-MM-DD (2026-11-09), tijden als UU:MM.',
      datesDmy: 'Datums in de vorm DD-MM-JJJJ (09-11-2026), tijden als UU:MM.',
      canonicalNote:
        'Elke kolom staat in de kopregel, in willekeurige volgorde; een veld mag leeg zijn waar dat hieronder staat.',
      mappingNote:
        'De kolomnamen zijn die van de standaardexport van dit systeem (hoofdletters maken niet uit). Heet een kolom bij uw school anders, geef die naam dan door aan de beheerder.',
      column: 'Kolom (Aanwezig-formaat)',
      names: 'Naam in de kopregel',
      or: 'of',
      required: 'Verplicht in de kopregel',
      yes: 'ja',
      no: 'nee',
      what: 'Wat erin staat',
      columns: {
        pupil_ref: 'Het leerlingnummer van de school (of het ECK iD).',
        date: 'De dag van de registratie.',
        start: 'Begintijd (UU:MM); mag leeg als minuten gegeven zijn.',
        end: 'Eindtijd (UU:MM); mag leeg als minuten gegeven zijn.',
        minutes: 'Hele minuten (1-1440); mag leeg als begin- en eindtijd gegeven zijn.',
        lesson_hour: 'Het lesuur (1-15); mag leeg.',
        authorised: 'Geoorloofd of niet.',
        reason: 'De reden (zie de waarden hieronder).',
      },
      valuesTitle: 'Waarden',
      authorisedValues: 'Geoorloofd: {{values}}.',
      reasonsCaption: 'Redenen van verzuim',
      value: 'Waarde',
      meaning: 'Betekenis',
      reasons: {
        SICK: 'Ziek',
        MEDICAL: 'Medische afspraak',
        LATE: 'Te laat',
        TRUANCY: 'Spijbelen (ongeoorloofd afwezig)',
        LUXURY_LEAVE: 'Luxeverzuim',
        SUSPENSION: 'Schorsing',
        EXEMPT: 'Vrijstelling',
        OTHER: 'Overig',
      },
      refusalsTitle: 'Waarom een regel geweigerd kan worden',
      refusalsIntro:
        'Na het inlezen staat bij elke geweigerde regel het nummer en de reden, zoals in deze voorbeelden. Zonder "goede regels inlezen" wordt bij één fout niets opgeslagen.',
    },
    outcome: {
      fileRefused: 'Er is niets ingelezen. {{reason}}',
    },
  },
};
