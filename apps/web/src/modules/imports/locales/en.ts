import type { importsNl } from './nl';

export const importsEn: typeof importsNl = {
  imports: {
    encoding: {
      'windows-1252':
        'This file was not saved as UTF-8: it was read as Windows-1252 (ANSI), as older Excel versions save CSV. Check in the preview that names with é, ë or ö look right.',
      'utf-16': 'This file was saved as UTF-16 (Unicode) and read as such. Check in the preview that it looks right.',
    },
    title: 'Import absence',
    intro:
      'Read an export from your registration system. The file is the truth for the pupils in it over the period it covers: changed registrations are replaced, registrations no longer in it are removed. You first see the first lines; after reading you see per line what was wrong. Reading the same file again changes nothing.',
    noSchool: 'You import only for a school where you are a coordinator or in the management.',
    school: 'School',
    mapping: 'Kind of file',
    mappings: {
      CANONICAL: 'Aanwezig format (CSV)',
      MAGISTER: 'Magister',
      SOMTODAY: 'Somtoday',
      PARNASSYS: 'ParnasSys',
      ESIS: 'ESIS',
    },
    file: 'File',
    keepGoodRows: 'Read the good lines even if other lines are wrong',
    preview_one: 'Preview of {{name}} ({{count}} line)',
    preview_other: 'Preview of {{name}} ({{count}} lines)',
    submit: 'Read file',
    progress: 'Working: {{processed}} of {{total}} lines saved',
    progressLabel: 'Progress of the import',
    rejected: 'Not read: the file has errors',
    done: 'Read',
    summary:
      'Period {{from}} to {{to}}: {{imported}} new, {{changed}} changed, {{removed}} removed, {{already}} unchanged. {{signals}} new signals, {{withdrawn}} withdrawn.',
    rejectedSummary:
      'Nothing was saved. Correct the lines below in the file and import it again, or choose to import only the good lines.',
    period: 'Period the file covers (optional)',
    periodHelp:
      'Leave empty to take the first and last date in the file. Registrations of these pupils in the period that are not in the file are removed.',
    from: 'From',
    to: 'Up to and including',
    line: 'Line',
    errorsTitle: 'Errors per line',
    field: 'Column',
    why: 'What is wrong',
    help: {
      title: 'What the file looks like',
      intro:
        'One line per registration, with a header line. Comma or semicolon as separator, saved as UTF-8. You can start from the template: the header line and two example lines in the Aanwezig format.',
      template: 'Download template (CSV)',
      templateNote:
        'In the template, replace 123456 by the pupil number and adjust the date, times and reason. Import it with the file type "Aanwezig format".',
      columnsTitle: 'Columns for {{mapping}}',
      columnsCaption: 'Columns {{mapping}} reads',
      datesIso: 'Dates in the form YYYY-MM-DD (2026-11-09), times as HH:MM.',
      datesDmy: 'Dates in the form DD-MM-YYYY (09-11-2026), times as HH:MM.',
      canonicalNote: 'Every column is in the header line, in any order; a field may be empty where said below.',
      mappingNote:
        "The column names are those of this system's standard export (capitals do not matter). If a column has another name at your school, tell the administrator.",
      column: 'Column (Aanwezig format)',
      names: 'Name in the header line',
      or: 'or',
      required: 'Required in the header line',
      yes: 'yes',
      no: 'no',
      what: 'What it holds',
      columns: {
        pupil_ref: "The school's pupil number (or the ECK iD).",
        date: 'The day of the registration.',
        start: 'Start time (HH:MM); may be empty when minutes are given.',
        end: 'End time (HH:MM); may be empty when minutes are given.',
        minutes: 'Whole minutes (1-1440); may be empty when start and end are given.',
        lesson_hour: 'The lesson hour (1-15); may be empty.',
        authorised: 'Authorised or not.',
        reason: 'The reason (see the values below).',
      },
      valuesTitle: 'Values',
      authorisedValues: 'Authorised: {{values}}.',
      reasonsCaption: 'Reasons for absence',
      value: 'Value',
      meaning: 'Meaning',
      reasons: {
        SICK: 'Sick',
        MEDICAL: 'Medical appointment',
        LATE: 'Late',
        TRUANCY: 'Truancy (unauthorised absence)',
        LUXURY_LEAVE: 'Unauthorised holiday leave',
        SUSPENSION: 'Suspension',
        EXEMPT: 'Exemption',
        OTHER: 'Other',
      },
      refusalsTitle: 'Why a line can be refused',
      refusalsIntro:
        'After the import, every refused line is listed with its number and reason, as in these examples. Without "import the good lines", one error means nothing is saved.',
    },
    outcome: {
      fileRefused: 'Nothing has been imported. {{reason}}',
    },
  },
};
