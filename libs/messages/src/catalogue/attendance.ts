import type { Bilingual } from './tree';

/** Texts of the attendance, protocol and signal modules: their errors and the timeline entries they write. */
export const attendanceMessages = {
  nl: {
    signal: {
      rule: {
        LEGAL_REPORT:
          '{{threshold, number}} uur ongeoorloofd verzuim $t(signal.period.{{period}}): melden bij leerplicht',
        EARLY_SIGNAL:
          'Zorgwekkend ongeoorloofd verzuim: {{threshold, number}} keer $t(signal.period.{{period}}), onder de meldgrens',
        LUXURY_LEAVE: 'Luxeverzuim rond vakanties',
        FREQUENT_SICK: '$t(signal.ordinal.{{ordinal}}) ziekmelding $t(signal.period.{{period}})',
        LONG_SICK: '$t(signal.ordinal.{{ordinal}}) schooldag achter elkaar ziek',
        LATES: '{{threshold, number}} keer te laat $t(signal.period.{{period}}): mentor belt ouders',
        LATES_LEGAL: 'Meer dan {{below, number}} keer te laat $t(signal.period.{{period}})',
        SAT_DISCUSS: 'Aanwezigheid onder {{threshold, number}}%: bespreken in het SAT',
        ACT_NOW: 'Aanwezigheid onder {{threshold, number}}%: nu handelen',
        AT_RISK_HOME: 'Meer dan {{threshold, number}}% afwezig: risico op thuiszitten',
        HOME_SITTER: '{{threshold, number}} lesweken aaneengesloten afwezig zonder vrijstelling',
        WORRY: 'Zorgenvinkje: de mentor maakt zich zorgen',
      },
      period: { SCHOOL_YEAR: 'dit schooljaar', ONE_WEEK: 'in een lesweek', WEEKS: 'in {{weeks}} lesweken' },
      ordinal: {
        0: 'Nulde',
        1: 'Eerste',
        2: 'Tweede',
        3: 'Derde',
        4: 'Vierde',
        5: 'Vijfde',
        6: 'Zesde',
        7: 'Zevende',
        8: 'Achtste',
        9: 'Negende',
        10: 'Tiende',
        N: '{{threshold}}e',
      },
      ordinalNumber_ordinal_one: '{{count}}e',
      ordinalNumber_ordinal_two: '{{count}}e',
      ordinalNumber_ordinal_few: '{{count}}e',
      ordinalNumber_ordinal_other: '{{count}}e',
    },
    timeline: {
      CASE_CREATED_signal: 'Casus geopend na het signaal: $t(signal.rule.{{rule}})',
      CASE_UPDATED_signalAdded: 'Signaal toegevoegd: $t(signal.rule.{{rule}})',
      CASE_UPDATED_signalWithdrawn: 'Signaal ingetrokken (registraties gecorrigeerd): $t(signal.rule.{{rule}})',
      CASE_UPDATED_signalReinstated:
        'Signaal weer van kracht (registraties opnieuw gecorrigeerd): $t(signal.rule.{{rule}})',
    },
    label: {
      signal: { reportedOn: 'De meldingsdatum', duoReference: 'Het kenmerk van de melding bij DUO' },
      attendance: {
        periodFrom: 'Het begin van de periode',
        periodTo: 'Het einde van de periode',
      },
      absenceMapping: {
        CANONICAL: 'Aanwezig-formaat',
        MAGISTER: 'Magister',
        SOMTODAY: 'Somtoday',
        PARNASSYS: 'ParnasSys',
        ESIS: 'ESIS',
      },
    },
    errors: {
      signal: {
        notFound: 'Dit signaal bestaat niet of is niet voor u bestemd.',
        alreadyCase: 'Van dit signaal is al een casus gemaakt.',
        alreadyOnAgenda: 'Dit signaal staat al op een agenda.',
        readOnly: 'U mag dit signaal inzien, maar niet afhandelen.',
        withdrawn: 'Dit signaal is ingetrokken: de school heeft de registraties gecorrigeerd waarop het berustte.',
        alreadyHandled: 'Dit signaal is al afgehandeld.',
        reportedInFuture: 'De meldingsdatum ligt in de toekomst: vul de dag in waarop u het verzuim bij DUO meldde.',
        onlySchoolReports:
          'Alleen de school meldt verzuim bij DUO: de verzuim- of zorgcoördinator of de directie legt de melding vast.',
        notALegalReport: 'Alleen een melding wegens 16 uur ongeoorloofd verzuim (meldplicht) gaat naar DUO.',
        withdrawnNoReport: 'Dit signaal is ingetrokken: er hoeft geen melding bij DUO te zijn.',
        alreadyReported: 'Deze melding is al vastgelegd (gemeld op {{reportedOn}}, kenmerk {{reference}}).',
        reportedBeforeCrossing: 'De meldingsdatum ligt vóór de dag waarop de grens werd bereikt ({{crossedOn}}).',
      },
      protocol: {
        onlyAdministrator: 'Alleen de functioneel beheerder van het samenwerkingsverband wijzigt het protocol.',
        ruleNotFound: 'Deze regel staat niet in het protocol van uw samenwerkingsverband.',
        thresholdPositive: 'De drempel is groter dan 0.',
        percentBelow100: 'Dit is een percentage: kies een waarde onder de 100.',
        noWindow: 'Deze regel kijkt naar het hele schooljaar en heeft geen venster.',
        windowRange: 'Het venster is {{min}} tot {{max}} lesweken.',
        thresholdRequired: 'Vul een drempel in: een getal groter dan 0, bijvoorbeeld 16 of 12,5.',
        thresholdWhole: 'Deze drempel telt keren, dagen of weken: vul een heel getal in, bijvoorbeeld 3.',
        windowRequired: 'Deze regel kijkt naar een venster van lesweken: vul {{min}} tot {{max}} lesweken in.',
      },
      attendance: {
        row: {
          unreadable: 'Het bestand is geen leesbare CSV: {{detail}}',
          empty: 'Het bestand is leeg.',
          header_missing: 'De kopregel klopt niet (ontbrekende kolommen: {{missing}}). Verwacht: {{expected}}',
          header_unknown: 'De kopregel klopt niet (onbekende kolommen: {{unknown}}). Verwacht: {{expected}}',
          header_both:
            'De kopregel klopt niet (ontbrekende kolommen: {{missing}}; onbekende kolommen: {{unknown}}). Verwacht: {{expected}}',
          mappingHeader:
            'De kopregel past niet bij de indeling $t(label.absenceMapping.{{mapping}}). Gevonden kolommen: {{found}}. Ontbrekend voor $t(label.absenceMapping.{{mapping}}): {{missing}}. Er is niets ingelezen.',
          mappingHeader_suggest:
            'De kopregel past niet bij de indeling $t(label.absenceMapping.{{mapping}}). Gevonden kolommen: {{found}}. Ontbrekend voor $t(label.absenceMapping.{{mapping}}): {{missing}}. Deze kopregel past bij $t(label.absenceMapping.{{suggested}}): kies die indeling en lees het bestand opnieuw in. Er is niets ingelezen.',
          fieldCount_one:
            'de regel heeft {{count}} veld, de kopregel {{header}}: controleer het scheidingsteken ("{{delimiter}}") en of elk veld er is (ook lege)',
          fieldCount_other:
            'de regel heeft {{count}} velden, de kopregel {{header}}: controleer het scheidingsteken ("{{delimiter}}") en of elk veld er is (ook lege)',
          pupilMissing: 'leerlingnummer ontbreekt',
          notADate: '"{{value}}" is geen datum in de vorm JJJJ-MM-DD',
          notATime: '"{{value}}" is geen tijd in de vorm UU:MM',
          notMinutes: '"{{value}}" is geen heel aantal minuten ({{min}}-{{max}})',
          endNotAfterStart: 'de eindtijd ligt niet na de begintijd',
          minutesContradictTimes:
            '{{minutes}} minuten past niet bij {{start}}-{{end}} ({{span}} minuten): geef één van beide, of laat ze kloppen',
          noDuration: 'geef minuten, of een begin- en eindtijd',
          notALessonHour: '"{{value}}" is geen lesuur ({{min}}-{{max}})',
          notABoolean: '"{{value}}" moet true/false of ja/nee zijn',
          unknownReason: '"{{value}}" is geen bekende reden ({{reasons}})',
          utf16:
            'Het bestand is opgeslagen als UTF-16 (Unicode), niet als UTF-8. Sla het op als "CSV UTF-8 (door komma\'s gescheiden)" en lees het opnieuw in.',
          notUtf8:
            'Regel {{lines}} bevat tekens die niet als UTF-8 te lezen zijn: het bestand is waarschijnlijk opgeslagen als Windows-1252 (ANSI). Sla het op als "CSV UTF-8" en lees het opnieuw in; er is niets ingelezen.',
          notUtf8_more:
            'Regel {{lines}} en {{more}} meer bevat tekens die niet als UTF-8 te lezen zijn: het bestand is waarschijnlijk opgeslagen als Windows-1252 (ANSI). Sla het op als "CSV UTF-8" en lees het opnieuw in; er is niets ingelezen.',
          unknownPupil: 'onbekende leerling "{{pupil}}" op {{school}}',
          beyondNextYear:
            '{{date}} ligt meer dan een jaar in de toekomst: een registratie gaat over een dag die is geweest of gepland is',
          unauthorisedAhead:
            '{{date}} ligt in de toekomst: ongeoorloofd verzuim wordt geregistreerd op of na de dag zelf',
          beforeBirth: '{{date}} ligt vóór de geboortedatum van leerling "{{pupil}}": controleer de datum',
          outsidePeriod: '{{date}} valt buiten de periode van de import ({{from}} t/m {{to}})',
          duplicate_day: 'dubbele regel: dezelfde leerling, dag en dagdeel als regel {{first}}',
          duplicate_lesson: 'dubbele regel: dezelfde leerling, dag en lesuur {{lessonHour}} als regel {{first}}',
          duplicate_start: 'dubbele regel: dezelfde leerling, dag en begintijd {{start}} als regel {{first}}',
        },
        schoolNotFound: 'Deze school bestaat niet of u mag er geen verzuim voor inlezen.',
        importIdTooLong: 'De import-sleutel is te lang: gebruik hoogstens {{max}} tekens.',
        periodReversed: 'Het einde van de periode ligt vóór het begin: kies een einddatum op of na de begindatum.',
        periodTooLong:
          'Een import beslaat hoogstens {{max}} dagen (een schooljaar): alles van deze leerlingen in de periode zou anders worden vervangen. Kies een kortere periode.',
        fileSpansTooLong:
          'Het bestand beslaat {{days}} dagen ({{from}} t/m {{to}}); een import beslaat hoogstens {{max}} dagen. Lees per schooljaar in.',
      },
    },
  },
  en: {
    signal: {
      rule: {
        LEGAL_REPORT:
          '{{threshold, number}} hours of unauthorised absence $t(signal.period.{{period}}): report to leerplicht',
        EARLY_SIGNAL:
          'Worrying unauthorised absence: {{threshold, number}} times $t(signal.period.{{period}}), below the reporting limit',
        LUXURY_LEAVE: 'Unauthorised leave around the holidays',
        FREQUENT_SICK: '$t(signal.ordinal.{{ordinal}}) sick report $t(signal.period.{{period}})',
        LONG_SICK: '$t(signal.ordinal.{{ordinal}}) school day in a row off sick',
        LATES: 'Late {{threshold, number}} times $t(signal.period.{{period}}): the mentor calls the parents',
        LATES_LEGAL: 'Late more than {{below, number}} times $t(signal.period.{{period}})',
        SAT_DISCUSS: 'Attendance below {{threshold, number}}%: discuss in the SAT',
        ACT_NOW: 'Attendance below {{threshold, number}}%: act now',
        AT_RISK_HOME: 'More than {{threshold, number}}% absent: at risk of staying at home',
        HOME_SITTER: '{{threshold, number}} school weeks in a row absent without exemption',
        WORRY: 'Worry flag: the mentor is worried',
      },
      period: { SCHOOL_YEAR: 'this school year', ONE_WEEK: 'in one school week', WEEKS: 'in {{weeks}} school weeks' },
      ordinal: {
        0: 'Zeroth',
        1: 'First',
        2: 'Second',
        3: 'Third',
        4: 'Fourth',
        5: 'Fifth',
        6: 'Sixth',
        7: 'Seventh',
        8: 'Eighth',
        9: 'Ninth',
        10: 'Tenth',
        N: '$t(signal.ordinalNumber, {"count": {{threshold}}, "ordinal": true})',
      },
      ordinalNumber_ordinal_one: '{{count}}st',
      ordinalNumber_ordinal_two: '{{count}}nd',
      ordinalNumber_ordinal_few: '{{count}}rd',
      ordinalNumber_ordinal_other: '{{count}}th',
    },
    timeline: {
      CASE_CREATED_signal: 'Case opened after the signal: $t(signal.rule.{{rule}})',
      CASE_UPDATED_signalAdded: 'Signal added: $t(signal.rule.{{rule}})',
      CASE_UPDATED_signalWithdrawn: 'Signal withdrawn (registrations corrected): $t(signal.rule.{{rule}})',
      CASE_UPDATED_signalReinstated: 'Signal in force again (registrations corrected again): $t(signal.rule.{{rule}})',
    },
    label: {
      signal: { reportedOn: 'The date of the report', duoReference: 'The reference of the report to DUO' },
      attendance: {
        periodFrom: 'The start of the period',
        periodTo: 'The end of the period',
      },
      absenceMapping: {
        CANONICAL: 'Aanwezig format',
        MAGISTER: 'Magister',
        SOMTODAY: 'Somtoday',
        PARNASSYS: 'ParnasSys',
        ESIS: 'ESIS',
      },
    },
    errors: {
      signal: {
        notFound: 'This signal does not exist or is not meant for you.',
        alreadyCase: 'A case has already been made of this signal.',
        alreadyOnAgenda: 'This signal is already on an agenda.',
        readOnly: 'You may see this signal, but not handle it.',
        withdrawn: 'This signal has been withdrawn: the school corrected the registrations it rested on.',
        alreadyHandled: 'This signal has already been handled.',
        reportedInFuture: 'The date of the report is in the future: enter the day you reported the absence to DUO.',
        onlySchoolReports:
          'Only the school reports absence to DUO: the attendance or care coordinator or the school leadership records the report.',
        notALegalReport: 'Only a report for 16 hours of unauthorised absence (the duty to report) goes to DUO.',
        withdrawnNoReport: 'This signal has been withdrawn: it need not be reported to DUO.',
        alreadyReported: 'This report has already been recorded (reported on {{reportedOn}}, reference {{reference}}).',
        reportedBeforeCrossing: 'The date of the report is before the day the limit was reached ({{crossedOn}}).',
      },
      protocol: {
        onlyAdministrator: "Only the partnership's application administrator changes the protocol.",
        ruleNotFound: "This rule is not in your partnership's protocol.",
        thresholdPositive: 'The threshold is greater than 0.',
        percentBelow100: 'This is a percentage: choose a value below 100.',
        noWindow: 'This rule looks at the whole school year and has no window.',
        windowRange: 'The window is {{min}} to {{max}} school weeks.',
        thresholdRequired: 'Enter a threshold: a number above 0, for example 16 or 12.5.',
        thresholdWhole: 'This threshold counts times, days or weeks: enter a whole number, for example 3.',
        windowRequired: 'This rule looks at a window of school weeks: enter {{min}} to {{max}} school weeks.',
      },
      attendance: {
        row: {
          unreadable: 'The file is not a readable CSV: {{detail}}',
          empty: 'The file is empty.',
          header_missing: 'The header line is wrong (missing columns: {{missing}}). Expected: {{expected}}',
          header_unknown: 'The header line is wrong (unknown columns: {{unknown}}). Expected: {{expected}}',
          header_both:
            'The header line is wrong (missing columns: {{missing}}; unknown columns: {{unknown}}). Expected: {{expected}}',
          mappingHeader:
            'The header line does not fit the $t(label.absenceMapping.{{mapping}}) layout. Columns found: {{found}}. Missing for $t(label.absenceMapping.{{mapping}}): {{missing}}. Nothing has been imported.',
          mappingHeader_suggest:
            'The header line does not fit the $t(label.absenceMapping.{{mapping}}) layout. Columns found: {{found}}. Missing for $t(label.absenceMapping.{{mapping}}): {{missing}}. This header line fits $t(label.absenceMapping.{{suggested}}): choose that layout and import the file again. Nothing has been imported.',
          fieldCount_one:
            'the line has {{count}} field, the header line {{header}}: check the separator ("{{delimiter}}") and that every field is there (empty ones too)',
          fieldCount_other:
            'the line has {{count}} fields, the header line {{header}}: check the separator ("{{delimiter}}") and that every field is there (empty ones too)',
          pupilMissing: 'the pupil number is missing',
          notADate: '"{{value}}" is not a date in the form YYYY-MM-DD',
          notATime: '"{{value}}" is not a time in the form HH:MM',
          notMinutes: '"{{value}}" is not a whole number of minutes ({{min}}-{{max}})',
          endNotAfterStart: 'the end time is not after the start time',
          minutesContradictTimes:
            '{{minutes}} minutes does not match {{start}}-{{end}} ({{span}} minutes): give one of the two, or make them agree',
          noDuration: 'give minutes, or a start and end time',
          notALessonHour: '"{{value}}" is not a lesson hour ({{min}}-{{max}})',
          notABoolean: '"{{value}}" must be true/false or ja/nee',
          unknownReason: '"{{value}}" is not a known reason ({{reasons}})',
          utf16:
            'The file was saved as UTF-16 (Unicode), not as UTF-8. Save it as "CSV UTF-8 (comma delimited)" and import it again.',
          notUtf8:
            'Line {{lines}} contains characters that cannot be read as UTF-8: the file was probably saved as Windows-1252 (ANSI). Save it as "CSV UTF-8" and import it again; nothing has been imported.',
          notUtf8_more:
            'Lines {{lines}} and {{more}} more contain characters that cannot be read as UTF-8: the file was probably saved as Windows-1252 (ANSI). Save it as "CSV UTF-8" and import it again; nothing has been imported.',
          unknownPupil: 'unknown pupil "{{pupil}}" at {{school}}',
          beyondNextYear:
            '{{date}} is more than a year in the future: a registration is about a day that has been or is planned',
          unauthorisedAhead: '{{date}} is in the future: unauthorised absence is registered on or after the day itself',
          beforeBirth: '{{date}} is before the date of birth of pupil "{{pupil}}": check the date',
          outsidePeriod: "{{date}} is outside the import's period ({{from}} to {{to}})",
          duplicate_day: 'duplicate line: the same pupil, day and part of the day as line {{first}}',
          duplicate_lesson: 'duplicate line: the same pupil, day and lesson hour {{lessonHour}} as line {{first}}',
          duplicate_start: 'duplicate line: the same pupil, day and start time {{start}} as line {{first}}',
        },
        schoolNotFound: 'This school does not exist or you may not import absence for it.',
        importIdTooLong: 'The import key is too long: use at most {{max}} characters.',
        periodReversed: 'The end of the period is before its start: choose an end date on or after the start date.',
        periodTooLong:
          'An import covers at most {{max}} days (a school year): otherwise everything of these pupils in the period would be replaced. Choose a shorter period.',
        fileSpansTooLong:
          'The file covers {{days}} days ({{from}} to {{to}}); an import covers at most {{max}} days. Import one school year at a time.',
      },
    },
  },
} satisfies Bilingual;
