import PDFDocument from 'pdfkit';
import { addressBlock } from '@aanwezig/domain';
import type { LetterEntity } from './letter.entity';

const DATE = {
  NL: new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }),
  EN: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }),
};

/** The letter on paper: school, the address block (names and addresses as sent), date, subject and the text. */
export function letterPdf(letter: LetterEntity, schoolName: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    info: { Title: letter.subject, Author: schoolName, Creator: 'Aanwezig' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica-Bold').fontSize(14).text(schoolName);
  doc.moveDown(2);
  doc.font('Helvetica').fontSize(10).text(addressBlock(letter.recipients, letter.language));
  doc.moveDown();
  doc.text(DATE[letter.language].format(letter.sentAt));
  doc.moveDown();
  doc
    .font('Helvetica-Bold')
    .fontSize(11)
    .text(letter.subject.replace(/\u2212/g, '-'));
  doc.moveDown();
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(letter.body.replace(/\u2212/g, '-'), { lineGap: 2, paragraphGap: 4 });
  doc.end();
  return done;
}
