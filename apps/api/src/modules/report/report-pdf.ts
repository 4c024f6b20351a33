import PDFDocument from 'pdfkit';
import { MSA_GROUP_LABEL_NL, formatMsaDate, type MsaReport } from '@aanwezig/domain';
import { DEFINITIONS, printed, tableRows } from './report-files';

const COLOURS = ['#1f4e79', '#c55a11', '#7f7f7f', '#bdd7ee', '#548235', '#7030a0'];
const TITLES = {
  category: 'Leerlingen per categorie',
  typology: 'Leerlingen per typologie',
  outcome: 'Uitkomsten sinds de vorige peildatum',
} as const;
/** "12-07-2026": a census date under its bar, day before month as Dutch readers read it. */
export const barDate = (date: string) => date.split('-').reverse().join('-');
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
  // The label may use the gap beside its bar; it is shrunk to fit there rather than broken.
  const labelWidth = barWidth + 10;
  doc.font('Helvetica').fontSize(7);
  const labelSize = Math.min(7, (7 * (labelWidth - 1)) / doc.widthOfString('00-00-0000'));
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
      .fontSize(labelSize)
      .text(barDate(point.date), x - 5, top + height + 2, { width: labelWidth, align: 'center', lineBreak: false });
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

/** The header's font sizes tried in turn: the largest at which every word of every header fits its column. */
const HEADER_SIZES = [7, 6.5, 6, 5.5, 5];
const CELL_PADDING = 4;

/**
 * Column widths for a table: every column at least as wide as the longest word of its header (so a header
 * wraps only at its spaces, never inside a word) and its widest figure; the school column gets the rest.
 */
function columnWidths(
  doc: PDFKit.PDFDocument,
  rows: string[][],
  width: number,
): { widths: number[]; headerSize: number } {
  const [header, ...body] = rows;
  const widest = (texts: string[], font: string, size: number) => {
    doc.font(font).fontSize(size);
    return Math.max(0, ...texts.flatMap((t) => t.split(/\s+/)).map((w) => doc.widthOfString(w)));
  };
  const minFirst = Math.min(
    120,
    widest(
      body.map((r) => r[0]),
      'Helvetica-Bold',
      8,
    ) + CELL_PADDING,
  );
  for (const size of HEADER_SIZES) {
    const widths = header.map((_, c) =>
      c === 0
        ? 0
        : Math.max(
            widest([header[c]], 'Helvetica-Bold', size),
            widest(
              body.map((r) => r[c]),
              'Helvetica-Bold',
              8,
            ),
            18,
          ) +
          CELL_PADDING +
          1,
    );
    const rest = widths.reduce((a, b) => a + b, 0);
    if (width - rest >= minFirst || size === HEADER_SIZES[HEADER_SIZES.length - 1]) {
      // What is left goes first to the school names, then evenly to the figures.
      const first = Math.max(minFirst, Math.min(140, width - rest));
      const spare = Math.max(0, width - rest - first) / (widths.length - 1);
      return { widths: widths.map((w, c) => (c === 0 ? first : w + spare)), headerSize: size };
    }
  }
  throw new Error('unreachable');
}

function table(doc: PDFKit.PDFDocument, title: string, rows: string[][]): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const { widths, headerSize } = columnWidths(doc, rows, width);
  const xs = widths.map((_, c) => left + widths.slice(0, c).reduce((a, b) => a + b, 0));
  if (doc.y + 14 * (rows.length + 2) > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(11).text(title, left);
  rows.forEach((row, i) => {
    const y = doc.y + 2;
    const font = i === 0 || i === rows.length - 1 ? 'Helvetica-Bold' : 'Helvetica';
    doc.font(font).fontSize(i === 0 ? headerSize : 8);
    const heights = row.map((cell, c) => doc.heightOfString(cell, { width: widths[c] - CELL_PADDING }));
    row.forEach((cell, c) =>
      doc.text(cell, xs[c], y, {
        width: widths[c] - CELL_PADDING,
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
