import { beforeAll, describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import { dutchDate, formatDutchDate, type DataCategory } from '@aanwezig/domain';
import { DEMO_USERS } from '../src/database/seed/demo-region.data';
import { CATEGORY_FOR_PARENTS } from '../src/modules/subject-access/subject-access-pdf';
import { useTestServer } from './support/test-server';
import { CARE_COORDINATOR, COORDINATOR, OFFICER, PRIVACY, asUsers, failure, ok } from './support/graphql-helpers';

const JSON_EXPORT = `query($p: ID!, $r: String, $d: String) { subjectAccessExport(pupilId: $p, reference: $r, requestDate: $d) }`;
const PDF_EXPORT = `query($p: ID!, $r: String, $d: String) { subjectAccessPdf(pupilId: $p, reference: $r, requestDate: $d) }`;
const LEERPLICHT = 'Gemeente Kustland - Leerplicht';

async function pdfText(base64: string): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.from(base64, 'base64')) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

/**
 * The answer to a subject-access request (inzageverzoek): everything held as JSON, and a PDF in plain
 * Dutch for the parents with who sees what and why and who looked when. Both name staff by organisation
 * and role only, and each export is made for a recorded request (reference and date), which the audit
 * log keeps.
 */
describe('subject-access export', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const yesterday = () => dutchDate(new Date(Date.now() - 86_400_000));
  let caseId: string;
  let pupilId: string;

  beforeAll(async () => {
    // A pupil of Het Baken with one open case that leerplicht (Gemeente Kustland) is involved in.
    [{ id: caseId, pupil_id: pupilId }] = await sql<{ id: string; pupil_id: string }>(
      `SELECT c.id, c.pupil_id FROM case_file c JOIN organisation s ON s.id = c.school_id
        WHERE s.name = 'Het Baken College' AND c.status = 'OPEN'
          AND EXISTS (SELECT 1 FROM case_involvement ci JOIN organisation o ON o.id = ci.organisation_id WHERE ci.case_id = c.id AND o.name = $1)
          AND (SELECT count(*) FROM case_file other WHERE other.pupil_id = c.pupil_id) = 1
        ORDER BY c.created_at LIMIT 1`,
      [LEERPLICHT],
    );
  });

  it("gives the school's privacy officer everything held about the pupil and who saw it, and logs the export with the request it answers", async () => {
    ok(await as(COORDINATOR).query(`query($id: ID!) { case(id: $id) { id } }`, { id: caseId }));
    const requestDate = yesterday();
    const { subjectAccessExport } = ok(
      await as(PRIVACY).query<{ subjectAccessExport: string }>(JSON_EXPORT, {
        p: pupilId,
        r: 'INZ-2026/014',
        d: requestDate,
      }),
    );
    const doc = JSON.parse(subjectAccessExport) as {
      request: { reference: string; requestDate: string };
      pupil: { id: string; givenName: string; guardians: unknown[] };
      cases: {
        id: string;
        timeline: unknown[];
        whoSeesWhat: { organisation: { name: string }; role: string; sees: { category: string; basis: string }[] }[];
      }[];
      accessLog: { organisations: string[]; roles: string[]; action: string }[];
    };
    expect(doc.request).toEqual({ reference: 'INZ-2026/014', requestDate });
    const [{ given_name }] = await sql<{ given_name: string }>(`SELECT given_name FROM pupil WHERE id = $1`, [pupilId]);
    expect(doc.pupil).toMatchObject({ id: pupilId, givenName: given_name });
    // Every parent with everything held about them, the letters' names and address included.
    const held = await sql<Record<string, unknown>>(
      `SELECT name, given_name AS "givenName", family_name AS "familyName", email, street, postal_code AS "postalCode", city
         FROM guardian WHERE pupil_id = $1 ORDER BY name`,
      [pupilId],
    );
    expect(held.length).toBeGreaterThan(0);
    expect(held.some((g) => g.street !== null && g.givenName !== null)).toBe(true);
    expect(doc.pupil.guardians).toEqual(held.map((g) => expect.objectContaining(g)));
    const [{ n: timelineCount }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM timeline_entry WHERE case_id = $1`,
      [caseId],
    );
    const exported = doc.cases.find((c) => c.id === caseId)!;
    expect(exported.timeline).toHaveLength(timelineCount);
    expect(
      exported.whoSeesWhat.find((v) => v.organisation.name === LEERPLICHT && v.role === 'ATTENDANCE_OFFICER')?.sees,
    ).toContainEqual({ category: 'UNAUTHORISED_ABSENCE', basis: 'ALWAYS', consents: [] });
    expect(doc.accessLog).toContainEqual(
      expect.objectContaining({
        organisations: ['Het Baken College'],
        roles: ['ATTENDANCE_COORDINATOR'],
        action: 'READ',
      }),
    );
    expect(doc.accessLog.at(-1)).toMatchObject({
      action: 'EXPORT',
      organisations: ['Het Baken College'],
      roles: ['PRIVACY_OFFICER'],
    });
    expect(subjectAccessExport).not.toMatch(/private_note|privateNote/);
    // The audit log keeps which request the export answered.
    const exports = await sql<{ subject: string; actor_roles: string[]; categories: string[] }>(
      `SELECT subject, actor_roles, categories FROM audit_trail WHERE pupil_id = $1 AND action = 'EXPORT'`,
      [pupilId],
    );
    expect(exports).toEqual([
      {
        subject: `SubjectAccess:JSON:${requestDate}:INZ-2026/014`,
        actor_roles: ['PRIVACY_OFFICER'],
        categories: ['ALL'],
      },
    ]);
  });

  it('gives parents no staff names, e-mail addresses or IP addresses: organisation, role and date only, in the JSON and the PDF', async () => {
    ok(await as(COORDINATOR).query(`query($id: ID!) { case(id: $id) { id mentorNotes } }`, { id: caseId }));
    ok(await as(OFFICER).query(`query($id: ID!) { case(id: $id) { id } }`, { id: caseId }));
    // The log itself knows who and from where; the answer to the parents must not pass that on.
    const addresses = (
      await sql<{ client_address: string }>(
        `SELECT DISTINCT client_address FROM audit_trail WHERE pupil_id = $1 AND client_address IS NOT NULL`,
        [pupilId],
      )
    ).map((r) => r.client_address);
    expect(addresses.length).toBeGreaterThan(0);
    const request = { p: pupilId, r: 'Brief ouders 12-3', d: yesterday() };
    const expectNoStaffIdentity = (format: string, text: string) => {
      for (const user of DEMO_USERS) {
        expect(text, `${format}: ${user.name}`).not.toContain(user.name);
        expect(text, `${format}: ${user.email}`).not.toContain(user.email);
      }
      for (const address of addresses) expect(text, `${format}: ${address}`).not.toContain(address);
      expect(text, format).not.toMatch(/\b\d{1,3}(\.\d{1,3}){3}\b|::1\b|clientAddress|userAgent/);
    };
    const json = ok(await as(PRIVACY).query<{ subjectAccessExport: string }>(JSON_EXPORT, request)).subjectAccessExport;
    expectNoStaffIdentity('JSON', json);
    const pdf = await pdfText(
      ok(await as(PRIVACY).query<{ subjectAccessPdf: string }>(PDF_EXPORT, request)).subjectAccessPdf,
    );
    expectNoStaffIdentity('PDF', pdf);
    const doc = JSON.parse(json) as {
      accessLog: Record<string, unknown>[];
      cases: { timeline: Record<string, unknown>[]; actions: Record<string, unknown>[] }[];
    };
    expect(doc.accessLog.length).toBeGreaterThan(2);
    for (const entry of doc.accessLog) {
      expect(Object.keys(entry).sort()).toEqual(['action', 'categories', 'date', 'organisations', 'roles']);
      expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(doc.accessLog).toContainEqual(
      expect.objectContaining({ organisations: [LEERPLICHT], roles: ['ATTENDANCE_OFFICER'], action: 'READ' }),
    );
    // Who wrote a timeline entry or owns an action: organisation and role as well.
    const entry = doc.cases[0].timeline[0];
    expect(entry).not.toHaveProperty('actor');
    expect(entry.by).toContainEqual({ organisation: 'Het Baken College', role: 'ATTENDANCE_COORDINATOR' });
    expect(doc.cases[0].actions.every((a) => Array.isArray(a.owner))).toBe(true);
    // The PDF says the same in words.
    expect(pdf).toContain(`${formatDutchDate(dutchDate())} - ${LEERPLICHT}, leerplichtambtenaar - bekeken`);
  });

  it('refuses an export without the request it answers, naming the missing field in Dutch, and exports nothing', async () => {
    const count = async () =>
      (
        await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_trail WHERE pupil_id = $1 AND action = 'EXPORT'`,
          [pupilId],
        )
      )[0].n;
    const before = await count();
    for (const query of [JSON_EXPORT, PDF_EXPORT]) {
      const noReference = failure(await as(PRIVACY).query(query, { p: pupilId, d: yesterday() }));
      expect(noReference).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reference' });
      expect(noReference.message).toMatch(/^Kenmerk van het verzoek is verplicht/);
      expect(failure(await as(PRIVACY).query(query, { p: pupilId, r: '   ', d: yesterday() }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reference',
      });
      const noDate = failure(await as(PRIVACY).query(query, { p: pupilId, r: 'INZ-1' }));
      expect(noDate).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestDate' });
      expect(noDate.message).toMatch(/^Datum van het verzoek is verplicht/);
      expect(failure(await as(PRIVACY).query(query, { p: pupilId, r: 'INZ-1', d: '2026-02-30' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'requestDate',
      });
      const tomorrow = dutchDate(new Date(Date.now() + 2 * 86_400_000));
      expect(failure(await as(PRIVACY).query(query, { p: pupilId, r: 'INZ-1', d: tomorrow }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'requestDate',
      });
    }
    expect(await count()).toBe(before);
  });

  it('writes for the parents, in plain Dutch, what leerplicht sees of their child and why, as the field mask decides it', async () => {
    // A consent from the pupil and both parents: leerplicht may also see the sick-leave details.
    const [leerplicht] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = $1`, [LEERPLICHT]);
    await sql(`UPDATE guardian SET has_parental_authority = true WHERE pupil_id = $1`, [pupilId]);
    await sql(`UPDATE pupil SET date_of_birth = (CURRENT_DATE - interval '15 years 2 months')::date WHERE id = $1`, [
      pupilId,
    ]);
    const guardians = await sql<{ id: string }>(`SELECT id FROM guardian WHERE pupil_id = $1`, [pupilId]);
    const validFrom = yesterday();
    ok(
      await as(CARE_COORDINATOR).query(
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        {
          input: {
            caseId,
            givenByPupil: true,
            guardianIds: guardians.map((g) => g.id),
            method: 'IN_PERSON',
            categories: ['SICK_LEAVE'],
            organisationIds: [leerplicht.id],
            purpose: 'Samen kijken of het verzuim door ziekte komt',
            validFrom,
            validUntil: null,
          },
        },
      ),
    );
    const requestDate = yesterday();
    const base64 = ok(
      await as(PRIVACY).query<{ subjectAccessPdf: string }>(PDF_EXPORT, {
        p: pupilId,
        r: 'Brief van 2 maart',
        d: requestDate,
      }),
    ).subjectAccessPdf;
    expect(Buffer.from(base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(base64);
    expect(text).toContain(`Antwoord op uw verzoek van ${formatDutchDate(requestDate)} (kenmerk: Brief van 2 maart).`);
    // The terms are explained.
    for (const term of [
      'Wettelijke taak. De wet geeft een organisatie een taak.',
      'Betrokken. De school heeft een organisatie gevraagd',
      'Toestemming. U zegt ja tegen het delen',
    ])
      expect(text).toContain(term);

    // Leerplicht's part: from its heading to the next organisation's.
    const involved = (
      await sql<{ name: string }>(
        `SELECT DISTINCT o.name FROM case_involvement ci JOIN organisation o ON o.id = ci.organisation_id WHERE ci.case_id = $1`,
        [caseId],
      )
    ).map((r) => r.name);
    const start = text.indexOf(`${LEERPLICHT} De leerplichtambtenaar`);
    expect(start).toBeGreaterThan(0);
    const ends = [
      ...involved.filter((n) => n !== LEERPLICHT && n !== 'Het Baken College').map((n) => text.indexOf(n, start + 1)),
      text.indexOf('Wie heeft de gegevens', start),
    ].filter((i) => i > start);
    const part = text.slice(start, Math.min(...ends));
    // What it sees comes first, then what it does not see ("Ziet dit alleen als ...", "Ziet dit niet").
    const seen = part.slice(0, part.indexOf('Ziet dit '));
    const hidden = part.slice(part.indexOf('Ziet dit '));
    expect(seen).toContain('Ziet nu:');
    expect(seen).toContain('Verzuim zonder geldige reden (ongeoorloofd verzuim): welke uren en dagen');
    expect(seen).toContain('Waarom: Wettelijke taak. De leerplichtambtenaar moet volgens de Leerplichtwet nagaan of');
    expect(seen).toContain(
      `- Naam, geboortedatum, school en klas Waarom: Betrokken. De school heeft ${LEERPLICHT} gevraagd mee te helpen`,
    );
    expect(seen).toContain(
      `Ziekmeldingen en andere redenen waarom uw kind weg mocht blijven Waarom: Toestemming. U en uw kind gaven toestemming. Die geldt vanaf ${formatDutchDate(validFrom)} tot u de toestemming intrekt. Het doel: Samen kijken of het verzuim door ziekte komt.`,
    );
    expect(hidden).toContain(
      'Ziet dit alleen als u (of uw kind) toestemming geeft: - Zorgen en aantekeningen van de mentor - Aantekeningen over de situatie thuis',
    );

    // Exactly what the case's "wie ziet wat" (the field mask's rule) says leerplicht sees, and nothing more.
    const { case: found } = ok(
      await as(CARE_COORDINATOR).query<{
        case: {
          visibility: {
            organisation: { name: string };
            role: string;
            categories: { category: DataCategory; visible: boolean }[];
          }[];
        };
      }>(
        `query($id: ID!) { case(id: $id) { visibility { organisation { name } role categories { category visible } } } }`,
        { id: caseId },
      ),
    );
    const officer = found.visibility.find(
      (v) => v.organisation.name === LEERPLICHT && v.role === 'ATTENDANCE_OFFICER',
    )!;
    for (const cell of officer.categories) {
      const label = `- ${CATEGORY_FOR_PARENTS[cell.category]}`;
      expect(cell.visible ? seen : hidden, cell.category).toContain(label);
      expect(cell.visible ? hidden : seen, cell.category).not.toContain(label);
    }
    const [{ subject }] = await sql<{ subject: string }>(
      `SELECT subject FROM audit_trail WHERE pupil_id = $1 AND action = 'EXPORT' ORDER BY at DESC LIMIT 1`,
      [pupilId],
    );
    expect(subject).toBe(`SubjectAccess:PDF:${requestDate}:Brief van 2 maart`);
  });

  it('is refused to anyone but that privacy officer', async () => {
    const request = { p: pupilId, r: 'INZ-1', d: yesterday() };
    for (const query of [JSON_EXPORT, PDF_EXPORT]) {
      expect(failure(await as(COORDINATOR).query(query, request)).code).toBe('FORBIDDEN');
      const [{ id: other }] = await sql<{ id: string }>(
        `SELECT p.id FROM pupil p JOIN organisation s ON s.id = p.school_id WHERE s.name = 'Duinzicht Lyceum' LIMIT 1`,
      );
      expect(failure(await as(PRIVACY).query(query, { ...request, p: other })).code).toBe('NOT_FOUND');
    }
  });
});
