import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';

export interface OutboxMail {
  file: string;
  notificationId: string | null;
  to: string;
  subject: string;
  text: string;
  /** The text/calendar part, if the mail carries an invitation. */
  calendar: string | null;
}

/** The .eml files the mailer wrote (no SMTP_URL), parsed as a mail client would. */
export async function readOutbox(dir: string): Promise<OutboxMail[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(await readFile(path.join(dir, file)));
      const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
      const calendar =
        mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString('utf8') ?? null;
      return {
        file,
        notificationId: (mail.headers.get('x-aanwezig-notification') as string | undefined) ?? null,
        to,
        subject: mail.subject ?? '',
        text: mail.text ?? '',
        calendar,
      };
    }),
  );
}
