import { MSA_GROUP_LABEL_NL } from '@aanwezig/domain';

/** The reports screens' texts; every key exists in en.ts too (app/locales checks). */
export const reportsNl = {
  reports: {
    title: 'MSA-rapportage thuiszitters',
    intro:
      'Per peildatum: hoeveel leerlingen niet of deels naar school gaan, per school en voor de regio. Kleine aantallen zijn afgeschermd.',
    noCensus: 'Er is nog geen peiling. Het samenwerkingsverband neemt de eerste.',
    censusDate: 'Peildatum',
    summary: 'Samenvatting peildatum {{date}}',
    preparing: 'Het bestand wordt gemaakt…',
    download: { pdf: 'Download pdf', csv: 'Download csv', xlsx: 'Download Excel' },
    trendTitle: 'Verloop over de peildata',
    chartTitle: 'Leerlingen niet of deels op school per peildatum, gestapeld per categorie',
    chartNote: 'Afgeschermde aantallen zijn niet getekend; de cijfers staan ook in de tabellen.',
    trendTable: 'Verloop per peildatum',
    change: 'Verandering',
    tables: 'Per school',
    byCategory: 'Leerlingen per categorie',
    byTypology: 'Leerlingen per typologie',
    byOutcome: 'Uitkomsten sinds de vorige peildatum',
    school: 'School',
    pupils: 'Leerlingen',
    total: 'Totaal',
    share: '% van leerlingen',
    region: 'Regio',
    ownSchool: 'uw school',
    suppressed: 'Afgeschermd: minder dan {{threshold}} leerlingen, of af te leiden uit de totalen',
    suppressionNote:
      '"<{{threshold}}" betekent afgeschermd: minder dan {{threshold}} leerlingen, of een getal dat anders uit de totalen af te leiden is. Uw eigen school ziet u volledig.',
    exemptions: 'Vrijstellingen art. 5 sub a',
    absolute: 'Absoluut verzuim',
    detail: 'Leerlingen van uw school op deze peildatum',
    noDetail: 'Op deze peildatum had uw school geen lopende casussen.',
    shielded: 'Afgeschermd',
    take: {
      title: 'Nieuwe peiling',
      intro: 'Legt de stand van alle casussen vast op de peildatum. Een peiling verandert daarna niet meer.',
      date: 'Peildatum',
      submit: 'Peiling vastleggen',
      done: 'Peiling van {{date}} is vastgelegd.',
    },
    group: MSA_GROUP_LABEL_NL,
  },
};
