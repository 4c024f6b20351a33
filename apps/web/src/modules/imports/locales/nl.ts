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
  },
};
