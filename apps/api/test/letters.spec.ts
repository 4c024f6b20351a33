import { beforeAll, describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import { addDays, dutchDate, formatDutchDate, isoWeekday, schoolDays } from '@aanwezig/domain';
import { APP_CONFIG } from '../src/core/config/config.module';
import type { AppConfig } from '../src/core/config/config';
import { useTestServer } from './support/test-server';
import { COORDINATOR, DUINZICHT_MENTOR, OFFICER, asUsers, failure, ok } from './support/graphql-helpers';
import { readOutbox } from './support/outbox';

interface Draft {
  subject: string;
  body: string;
  addressBlock: string;
  daysMissed: number;
  category: string;
  guardians: {
    id: string;
    name: string;
    email: string | null;
    hasParentalAuthority: boolean;
    familyName: string | null;
    street: string | null;
    postalCode: string | null;
    city: string | null;
  }[];
}
const DRAFT = `query($c: ID!, $t: LetterTemplate!, $l: LetterLanguage) { draftLetter(caseId: $c, template: $t, language: $l) { subject body addressBlock daysMissed category guardians { id name email hasParentalAuthority familyName street postalCode city } } }`;
const SEND = `mutation($i: SendLetterInput!) { sendLetter(input: $i) { id subject body recipients delivery emailedAt category } }`;

/** Letters to parents: drafted with the case's own numbers, edited, kept on the case, mailed or downloaded. */
describe('letters to parents', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  let caseId: string;
  let pupilId: string;
  let pupilGivenName: string;
  let daysMissed: number;
  let countedFrom: string;
  /** The coordinator's reads of this pupil through `subject`, newest first. */
  const reads = (subject: string) =>
    sql<{
      categories: string[];
      actor_roles: string[];
      client_address: string | null;
      user_agent: string | null;
      subject: string;
    }>(
      `SELECT e.categories, e.actor_roles, e.client_address, e.user_agent, e.subject FROM audit_trail e JOIN app_user u ON u.id = e.actor_user_id
        WHERE e.pupil_id = $1 AND u.email = $2 AND e.action = 'READ' AND e.subject LIKE '%' || $3 || '%' ORDER BY e.at DESC`,
      [pupilId, COORDINATOR, subject],
    );

  beforeAll(async () => {
    const [row] = await sql<{
      id: string;
      pupil_id: string;
      school_id: string;
      pupil_number: string;
      given_name: string;
    }>(
      `SELECT c.id, c.pupil_id, c.school_id, p.pupil_number, p.given_name FROM case_file c JOIN pupil p ON p.id = c.pupil_id JOIN organisation o ON o.id = c.school_id
        WHERE o.name = 'Het Baken College' AND c.status = 'OPEN' AND EXISTS (SELECT 1 FROM guardian g WHERE g.pupil_id = p.id AND g.email IS NULL)
        ORDER BY p.pupil_number LIMIT 1`,
    );
    caseId = row.id;
    pupilId = row.pupil_id;
    pupilGivenName = row.given_name;
    // Three whole school days missed last week, reported sick.
    const lastWeek = Array.from({ length: 7 }, (_, i) => addDays(dutchDate(), -7 - i))
      .filter((d) => isoWeekday(d) <= 3)
      .sort();
    const csv = [
      'pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason',
      ...lastWeek.map((d) => `${row.pupil_number},${d},08:30,15:30,,,true,SICK`),
    ].join('\n');
    ok(
      await as(COORDINATOR).query(`mutation($i: ImportAbsencesInput!) { importAbsences(input: $i) { imported } }`, {
        i: { schoolId: row.school_id, csv },
      }),
    );
    ({ daysMissed, from: countedFrom } = ok(
      await as(COORDINATOR).query<{ case: { attendance: { daysMissed: number; from: string } } }>(
        `query($id: ID!) { case(id: $id) { attendance { daysMissed from } } }`,
        { id: caseId },
      ),
    ).case.attendance);
    expect(daysMissed).toBeGreaterThan(0);
  });

  it('drafts each situation with the concrete days missed, the parents and the contact person, in Dutch and English', async () => {
    const draft = ok(
      await as(COORDINATOR).query<{ draftLetter: Draft }>(DRAFT, { c: caseId, t: 'FIRST_WORRY' }),
    ).draftLetter;
    expect(draft.body).toContain(schoolDays(daysMissed, 'NL'));
    expect(draft.subject).toBe(`Wij maken ons zorgen over ${pupilGivenName}`);
    expect(draft.body).toContain('verzuim@baken.demo.test');
    expect(draft.category).toBe('ATTENDANCE_SUMMARY');
    const english = ok(
      await as(COORDINATOR).query<{ draftLetter: Draft }>(DRAFT, { c: caseId, t: 'DOCTOR_REFERRAL', l: 'EN' }),
    ).draftLetter;
    expect(english.body).toContain(schoolDays(daysMissed, 'EN'));
    expect(english.category).toBe('SICK_LEAVE');
  });

  it('reads as a careful professional writes it: the parents by name, an address block, a Dutch date, no "veel" for a small figure', async () => {
    const parents = await sql<{
      given_name: string;
      family_name_prefix: string | null;
      family_name: string;
      form_of_address: 'MRS' | 'MR';
      street: string;
      postal_code: string;
      city: string;
    }>(
      `SELECT given_name, family_name_prefix, family_name, form_of_address, street, postal_code, city FROM guardian
        WHERE pupil_id = $1 AND has_parental_authority ORDER BY name`,
      [pupilId],
    );
    expect(parents.length).toBeGreaterThan(0);
    const surname = (p: (typeof parents)[number]) =>
      p.family_name_prefix
        ? `${p.family_name_prefix.charAt(0).toUpperCase()}${p.family_name_prefix.slice(1)} ${p.family_name}`
        : p.family_name;
    const draft = ok(
      await as(COORDINATOR).query<{ draftLetter: Draft }>(DRAFT, { c: caseId, t: 'FIRST_WORRY' }),
    ).draftLetter;
    const [greeting] = draft.body.split('\n');
    expect(greeting).toMatch(/^Beste (mevrouw|meneer) .+,$/);
    for (const p of parents) {
      expect(greeting).toContain(surname(p));
      // Address block: "Mevrouw A. Jansen en de heer P. de Vries", the street, then postal code and town.
      expect(draft.addressBlock).toContain(`${p.street}\n${p.postal_code}  ${p.city}`);
      expect(draft.addressBlock).toContain(`${p.given_name.charAt(0)}. `);
    }
    expect(draft.addressBlock.split('\n')[0]).toMatch(/^(Mevrouw|De heer) [A-Z]\. /);
    expect(draft.body).not.toMatch(/ouder van|\(moeder\)|\(vader\)/);
    // "Sinds 24 augustus 2026 heeft Stijn 3 schooldagen ...": the Dutch date, and never a date followed by a figure.
    expect(draft.body).toContain(
      `Sinds ${formatDutchDate(countedFrom)} heeft ${pupilGivenName} ${schoolDays(daysMissed, 'NL')}`,
    );
    expect(draft.body).not.toMatch(/\d{4} \d/);
    // A few days missed are not "veel".
    expect(daysMissed).toBeLessThan(10);
    expect(draft.body).not.toMatch(/\bveel\b/);

    const english = ok(
      await as(COORDINATOR).query<{ draftLetter: Draft }>(DRAFT, { c: caseId, t: 'FIRST_WORRY', l: 'EN' }),
    ).draftLetter;
    expect(english.body.split('\n')[0]).toMatch(/^Dear (Ms|Mr) .+,$/);
    for (const p of parents) expect(english.body.split('\n')[0]).toContain(surname(p));
    expect(english.body).toContain(
      `Since ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${countedFrom}T00:00:00Z`))}, ${pupilGivenName} has missed`,
    );
    expect(english.body).not.toMatch(/a lot/);
    expect(english.addressBlock.split('\n')[0]).toMatch(/^(Ms|Mr) [A-Z]\. /);
  });

  it('refuses a draft for a pupil without parents on record, saying which data is missing and what to do, and logs nothing', async () => {
    const [other] = await sql<{ id: string; pupil_id: string; name: string }>(
      `SELECT c.id, c.pupil_id, p.given_name || ' ' || p.family_name AS name FROM case_file c JOIN pupil p ON p.id = c.pupil_id
        JOIN organisation o ON o.id = c.school_id WHERE o.name = 'Het Baken College' AND c.status = 'OPEN' AND c.pupil_id <> $1
        ORDER BY p.pupil_number LIMIT 1`,
      [pupilId],
    );
    await sql(`DELETE FROM guardian WHERE pupil_id = $1`, [other.pupil_id]);
    const error = failure(await as(COORDINATOR).query(DRAFT, { c: other.id, t: 'INVITATION_TO_TALK' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(other.name);
    expect(error.message).toMatch(/geen ouders of verzorgers met gezag/);
    expect(error.message).toMatch(/leerlingadministratie .* naam en adres/);
    expect(
      await sql(`SELECT 1 FROM audit_trail WHERE pupil_id = $1 AND subject LIKE '%letterDraft%'`, [other.pupil_id]),
    ).toEqual([]);
  });

  it('logs a draft as a read of the pupil: who, as which role, which categories it shows, of which case, from where', async () => {
    const subject = `Case:${caseId}:letterDraft:ATTENDANCE_OFFICER_INVOLVED`;
    expect(await reads(subject)).toEqual([]);
    ok(await as(COORDINATOR).query(DRAFT, { c: caseId, t: 'ATTENDANCE_OFFICER_INVOLVED' }));
    const [read, ...more] = await reads(subject);
    expect(more).toEqual([]);
    // Name and parents (identity), the days missed, and what this template adds (unauthorised hours).
    expect(read).toMatchObject({
      subject,
      categories: ['IDENTITY', 'UNAUTHORISED_ABSENCE', 'ATTENDANCE_SUMMARY'],
      actor_roles: ['ATTENDANCE_COORDINATOR'],
    });
    expect(read.client_address).toMatch(/127\.0\.0\.1/);
    expect(read.user_agent).toBeTruthy();
    // Refused drafts show nothing and log nothing.
    failure(await as(DUINZICHT_MENTOR).query(DRAFT, { c: caseId, t: 'FIRST_WORRY' }));
    expect(
      await sql(
        `SELECT 1 FROM audit_trail e JOIN app_user u ON u.id = e.actor_user_id WHERE e.pupil_id = $1 AND u.email = $2`,
        [pupilId, DUINZICHT_MENTOR],
      ),
    ).toEqual([]);
  });

  it('is written only by the pupil’s own school', async () => {
    expect(failure(await as(OFFICER).query(DRAFT, { c: caseId, t: 'FIRST_WORRY' })).code).toMatch(
      /FORBIDDEN|NOT_FOUND/,
    );
    expect(failure(await as(DUINZICHT_MENTOR).query(DRAFT, { c: caseId, t: 'FIRST_WORRY' })).code).toBe('NOT_FOUND');
  });

  it('mails the edited letter to the parents, and keeps it on the case timeline', async () => {
    const draft = ok(
      await as(COORDINATOR).query<{ draftLetter: Draft }>(DRAFT, { c: caseId, t: 'INVITATION_TO_TALK' }),
    ).draftLetter;
    const withEmail = draft.guardians.filter((g) => g.email);
    const edited = `${draft.body}\n\nPS: dinsdagmiddag kan ook.`;
    const sent = ok(
      await as(COORDINATOR).query<{
        sendLetter: { id: string; body: string; recipients: string[]; emailedAt: string | null };
      }>(SEND, {
        i: {
          caseId,
          template: 'INVITATION_TO_TALK',
          language: 'NL',
          subject: draft.subject,
          body: edited,
          guardianIds: withEmail.map((g) => g.id),
          delivery: 'EMAIL',
        },
      }),
    ).sendLetter;
    expect(sent.body).toBe(edited);
    expect(sent.recipients).toEqual(withEmail.map((g) => g.name));
    expect(sent.emailedAt).not.toBeNull();
    const mails = (await readOutbox(t.server.app.get<AppConfig>(APP_CONFIG).mailOutboxDir!)).filter(
      (m) => m.subject === draft.subject,
    );
    expect(mails.map((m) => m.to).sort()).toEqual(withEmail.map((g) => g.email).sort());
    expect(mails[0].text).toContain('PS: dinsdagmiddag kan ook.');

    const view = ok(
      await as(COORDINATOR).query<{
        case: { letters: { id: string }[]; timeline: { kind: string; summary: string }[] };
      }>(`query($id: ID!) { case(id: $id) { letters { id } timeline { kind summary } } }`, { id: caseId }),
    ).case;
    expect(view.letters.map((l) => l.id)).toContain(sent.id);
    expect(view.timeline.find((e) => e.kind === 'LETTER_SENT')?.summary).toBe(
      'Brief aan ouders (per e-mail): Uitnodiging voor een gesprek',
    );
  });

  it('refuses e-mail to a parent without an address, saying which and what to do, and stores nothing', async () => {
    const draft = ok(
      await as(COORDINATOR).query<{ draftLetter: Draft }>(DRAFT, { c: caseId, t: 'FIRST_WORRY' }),
    ).draftLetter;
    const before = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM letter WHERE case_id = $1`, [caseId]))[0]
      .n;
    const noEmail = draft.guardians.find((g) => !g.email)!;
    const error = failure(
      await as(COORDINATOR).query(SEND, {
        i: {
          caseId,
          template: 'FIRST_WORRY',
          subject: draft.subject,
          body: draft.body,
          guardianIds: [noEmail.id],
          delivery: 'EMAIL',
        },
      }),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'guardianIds' });
    expect(error.message).toContain(noEmail.name);
    expect(
      failure(
        await as(COORDINATOR).query(SEND, {
          i: {
            caseId,
            template: 'FIRST_WORRY',
            subject: ' ',
            body: draft.body,
            guardianIds: [noEmail.id],
            delivery: 'DOWNLOAD',
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject' });
    expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM letter WHERE case_id = $1`, [caseId]))[0].n).toBe(
      before,
    );
  });

  it('downloads a letter as a PDF with its text, for those who may read it', async () => {
    const draft = ok(
      await as(COORDINATOR).query<{ draftLetter: Draft }>(DRAFT, { c: caseId, t: 'FREQUENT_SICK_LEAVE' }),
    ).draftLetter;
    const parent = draft.guardians.find((g) => g.hasParentalAuthority)!;
    const { id } = ok(
      await as(COORDINATOR).query<{ sendLetter: { id: string } }>(SEND, {
        i: {
          caseId,
          template: 'FREQUENT_SICK_LEAVE',
          subject: draft.subject,
          body: draft.body,
          guardianIds: [parent.id],
          delivery: 'DOWNLOAD',
        },
      }),
    ).sendLetter;
    const response = await fetch(`${t.url}/letters/${id}/pdf`, {
      headers: { authorization: `Bearer ${await t.login(COORDINATOR)}` },
    });
    expect(response.status).toBe(200);
    const parser = new PDFParse({ data: new Uint8Array(await response.arrayBuffer()) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain(draft.subject);
    expect(text).toContain(schoolDays(daysMissed, 'NL'));
    // On paper the letter is headed by the address block of the parent it went to.
    expect(text).toContain(`${parent.street} ${parent.postalCode} ${parent.city}`);
    expect(text).toContain('Het Baken College');
    const other = await fetch(`${t.url}/letters/${id}/pdf`, {
      headers: { authorization: `Bearer ${await t.login(DUINZICHT_MENTOR)}` },
    });
    expect(other.status).toBe(404);
  });

  it('logs each PDF download as a read of the pupil, with the letter and the categories it discloses, from where', async () => {
    const draft = ok(
      await as(COORDINATOR).query<{ draftLetter: Draft }>(DRAFT, { c: caseId, t: 'FREQUENT_SICK_LEAVE' }),
    ).draftLetter;
    const parent = draft.guardians.find((g) => g.hasParentalAuthority)!;
    const { id } = ok(
      await as(COORDINATOR).query<{ sendLetter: { id: string } }>(SEND, {
        i: {
          caseId,
          template: 'FREQUENT_SICK_LEAVE',
          subject: draft.subject,
          body: draft.body,
          guardianIds: [parent.id],
          delivery: 'DOWNLOAD',
        },
      }),
    ).sendLetter;
    expect(await reads(`Letter:${id}`)).toEqual([]);
    const token = await t.login(COORDINATOR);
    const download = () =>
      fetch(`${t.url}/letters/${id}/pdf`, {
        headers: { authorization: `Bearer ${token}`, 'user-agent': 'letters-spec' },
      });
    const response = await download();
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    const [read, ...more] = await reads(`Letter:${id}`);
    expect(more).toEqual([]);
    expect(read).toMatchObject({
      subject: `Letter:${id}`,
      categories: ['IDENTITY', 'SICK_LEAVE'],
      actor_roles: ['ATTENDANCE_COORDINATOR'],
      user_agent: 'letters-spec',
    });
    expect(read.client_address).toMatch(/127\.0\.0\.1/);
    // Every download is a read of its own (a second copy handed over is logged too).
    await (await download()).arrayBuffer();
    expect(await reads(`Letter:${id}`)).toHaveLength(2);
    // A refused download logs nothing.
    expect(
      (
        await fetch(`${t.url}/letters/${id}/pdf`, {
          headers: { authorization: `Bearer ${await t.login(DUINZICHT_MENTOR)}` },
        })
      ).status,
    ).toBe(404);
    expect(
      await sql(
        `SELECT 1 FROM audit_trail e JOIN app_user u ON u.id = e.actor_user_id WHERE e.pupil_id = $1 AND u.email = $2`,
        [pupilId, DUINZICHT_MENTOR],
      ),
    ).toEqual([]);
  });
});
