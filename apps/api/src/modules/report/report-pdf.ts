import PDFDocument from 'pdfkit';
import { MSA_GROUP_LABEL_NL, formatMsaDate, type MsaReport } from '@aanwezig/domain';
import { DEFINITIONS, printed, tableRows } from './report-files';

const COLOURS = ['#1f4e79', '#c55a11', '#7f7f7f', '#bdd7ee', '#548235', '#7030a0'];
const TITLES = {
  category: 'Leerlingen per categorie',
  typology: 'Leerlingen per typologie',
  outcome: 'Uitkomsten sinds de vorige peildatum',
} as const;
/** The standard PDF fonts speak WinAnsi: no typographic minus. */
const plain = (text: string) => text.replace(/\u2212/g, '-');

/** The MSA report as a PDF that reads as a report: title, summary, a chart, the tables and notes on definitions. */
export function reportPdf(report: MsaReport, regionName: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    info: { Title: `MSA-rapportage ${formatMsaDate(report.date)}`, Author: regionName, Creator: 'Aanwezig' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(20).text('MSA-rapportage thuiszitters');
  doc
    .font('Helvetica')
    .fontSize(12)
    .text(`${regionName} - peildatum ${formatMsaDate(report.date)}`);
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(13).text('Samenvatting');
  doc.font('Helvetica').fontSize(10);
  for (const sentence of report.summary) doc.text(plain(sentence), { paragraphGap: 2 });
  doc.moveDown();

  stackedBars(doc, report);

  for (const dimension of ['category', 'typology', 'outcome'] as const) {
    table(doc, TITLES[dimension], tableRows(report.tables[dimension], report.threshold));
  }
  doc.font('Helvetica-Bold').fontSize(11).text('Apart geteld (gemeente)');
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(`Vrijstellingen art. 5 sub a: ${printed(report.exemptions5a, report.threshold) || 'niet aangeleverd'}`);
  doc.text(`Absoluut verzuim: ${printed(report.absoluteAbsence, report.threshold) || 'niet aangeleverd'}`);
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(11).text('Toelichting');
  doc.font('Helvetica').fontSize(9);
  for (const definition of DEFINITIONS) doc.text(`- ${definition}`, { paragraphGap: 1 });
  doc.end();
  return done;
}

/** Stacked bars per census date, one colour per category; suppressed parts are left out and noted. */
function stackedBars(doc: PDFKit.PDFDocument, report: MsaReport): void {
  doc.font('Helvetica-Bold').fontSize(13).text('Verloop per peildatum');
  const left = doc.page.margins.left;
  const top = doc.y + 6;
  const height = 120;
  const width = doc.page.width - left - doc.page.margins.right;
  const max = Math.max(1, ...report.trend.map((t) => t.byCategory.reduce((a, c) => a + (c.count ?? 0), 0)));
  const barWidth = Math.min(40, (width - 20) / Math.max(1, report.trend.length) - 10);
  report.trend.forEach((point, i) => {
    const x = left + 10 + i * (barWidth + 10);
    let y = top + height;
    point.byCategory.forEach((cell, k) => {
      const h = ((cell.count ?? 0) / max) * height;
      if (h > 0) doc.rect(x, y - h, barWidth, h).fill(COLOURS[k % COLOURS.length]);
      y -= h;
    });
    doc
      .fillColor('black')
      .font('Helvetica')
      .fontSize(7)
      .text(point.date.slice(5), x, top + height + 2, { width: barWidth, align: 'center' });
  });
  let legendY = top + height + 14;
  report.trend[0]?.byCategory.forEach((cell, k) => {
    doc.rect(left, legendY, 8, 8).fill(COLOURS[k % COLOURS.length]);
    doc
      .fillColor('black')
      .fontSize(8)
      .text(MSA_GROUP_LABEL_NL[cell.group] ?? cell.group, left + 12, legendY, { lineBreak: false });
    legendY += 11;
  });
  doc.x = left;
  doc.y = legendY + 4;
  doc.fontSize(8).text('Afgeschermde aantallen (<5) zijn niet getekend.');
  doc.moveDown();
}

function table(doc: PDFKit.PDFDocument, title: string, rows: string[][]): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const first = 130;
  const rest = (width - first) / (rows[0].length - 1);
  if (doc.y + 14 * (rows.length + 2) > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(11).text(title, left);
  rows.forEach((row, i) => {
    const y = doc.y + 2;
    const font = i === 0 || i === rows.length - 1 ? 'Helvetica-Bold' : 'Helvetica';
    doc.font(font).fontSize(i === 0 ? 7 : 8);
    const heights = row.map((cell, c) => doc.heightOfString(cell, { width: c === 0 ? first - 4 : rest - 4 }));
    row.forEach((cell, c) =>
      doc.text(cell, c === 0 ? left : left + first + (c - 1) * rest, y, {
        width: c === 0 ? first - 4 : rest - 4,
        align: c === 0 ? 'left' : 'right',
      }),
    );
    doc.x = left;
    doc.y = y + Math.max(...heights) + 2;
    doc
      .moveTo(left, doc.y)
      .lineTo(left + width, doc.y)
      .lineWidth(0.3)
      .strokeColor('#999999')
      .stroke();
  });
  doc.moveDown();
}
