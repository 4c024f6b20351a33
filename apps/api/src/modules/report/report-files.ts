import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { MSA_GROUP_LABEL_NL, formatMsaDate, type MsaReport, type ReportCell, type ReportTable } from '@aanwezig/domain';

const TABLE_TITLES: Record<string, string> = {
  category: 'Categorie',
  typology: 'Typologie',
  outcome: 'Uitkomst (gesloten sinds vorige peildatum)',
};
export const SUPPRESSED = '<5';

/** A cell as printed: the count, or "<5" when suppressed. */
export const printed = (cell: ReportCell, threshold = 5) =>
  cell.suppressed ? `<${threshold}` : cell.count === null ? '' : String(cell.count);
const label = (group: string) => MSA_GROUP_LABEL_NL[group] ?? group;

/** One table as rows of text: header, a row per school, the region's totals. */
export function tableRows(table: ReportTable, threshold: number): string[][] {
  const groups = table.totals.map((c) => c.group);
  return [
    ['School', 'Leerlingen', ...groups.map(label), 'Totaal', '% van leerlingen'],
    ...table.rows.map((r) => [
      r.schoolName,
      String(r.population),
      ...r.cells.map((c) => printed(c, threshold)),
      printed(r.total, threshold),
      r.share === null ? '' : r.share.toFixed(2).replace('.', ','),
    ]),
    [
      'Regio',
      String(table.population),
      ...table.totals.map((c) => printed(c, threshold)),
      printed(table.grandTotal, threshold),
      table.share === null ? '' : table.share.toFixed(2).replace('.', ','),
    ],
  ];
}

export function trendRows(report: MsaReport): string[][] {
  return [
    ['Peildatum', 'Leerlingen niet of deels op school', '% van leerlingen', 'Verandering %'],
    ...report.trend.map((t) => [
      // Day before month, as a Dutch spreadsheet reads a date: 12-07-2026.
      t.date.split('-').reverse().join('-'),
      printed(t.total, report.threshold),
      t.share === null ? '' : t.share.toFixed(2).replace('.', ','),
      t.changePercent === null ? '' : t.changePercent.toFixed(1).replace('.', ','),
    ]),
  ];
}

export const DEFINITIONS = [
  'Ongeoorloofd verzuim / thuiszitter: langer dan 4 weken verzuim zonder vrijstelling.',
  'Dreigend thuiszitter: korter dan 4 weken zorgelijk verzuim, geoorloofd of niet.',
  'Geoorloofd verzuim: op grond van een vrijstelling.',
  'Vrijstellingen art. 5 sub a en absoluut verzuim worden door de gemeente aangeleverd en apart geteld.',
  'Telling per peildatum: de stand van de casussen op die dag, vastgelegd bij de peiling; latere wijzigingen veranderen dit rapport niet.',
  'Aantallen onder 5 zijn afgeschermd ("<5"), en waar nodig ook een tweede cel, zodat een afgeschermd aantal niet uit de totalen is terug te rekenen.',
];

/** The report as one semicolon CSV (Dutch spreadsheets): a block per table, then the trend. */
export function reportCsv(report: MsaReport): string {
  const blocks = (['category', 'typology', 'outcome'] as const).flatMap((d) => [
    [TABLE_TITLES[d]],
    ...tableRows(report.tables[d], report.threshold),
    [],
  ]);
  return stringify(
    [
      [`MSA-rapportage peildatum ${formatMsaDate(report.date)}`],
      [],
      ...blocks,
      ['Trend'],
      ...trendRows(report),
      [],
      ['Toelichting'],
      ...DEFINITIONS.map((d) => [d]),
    ],
    { delimiter: ';', bom: true },
  );
}

export async function reportXlsx(report: MsaReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Aanwezig';
  const sheet = (name: string, rows: string[][]) => {
    const ws = workbook.addWorksheet(name);
    rows.forEach((row, i) => {
      const added = ws.addRow(row.map((v) => (/^\d+$/.test(v) ? Number(v) : v)));
      if (i === 0) added.font = { bold: true };
    });
    ws.columns.forEach((c) => (c.width = 18));
    ws.getColumn(1).width = 32;
  };
  for (const d of ['category', 'typology', 'outcome'] as const)
    sheet(TABLE_TITLES[d].split(' ')[0], tableRows(report.tables[d], report.threshold));
  sheet('Trend', trendRows(report));
  sheet('Toelichting', [
    [`MSA-rapportage peildatum ${formatMsaDate(report.date)}`],
    ...report.summary.map((s) => [s]),
    [],
    ...DEFINITIONS.map((d) => [d]),
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
