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
  },
};
