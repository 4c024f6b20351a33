import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dutchDate } from '@aanwezig/domain';
import { SignalScheduleService } from '../src/modules/signal/signal-schedule.service';
import { useTestServer } from './support/test-server';
import { CARE_COORDINATOR, COORDINATOR, DUINZICHT_MENTOR, OFFICER, asUsers, ok } from './support/graphql-helpers';
import { connectLive, type LiveClient, type LiveEvent } from './support/live-client';

const yearsAgo = (years: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years, d.getUTCMonth(), d.getUTCDate() - 10);
  return d.toISOString().slice(0, 10);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A consent withdrawn or expired changes what every open screen may show of the pupil (case list,
 * signals, actions), not only the case page: every reader's own room is told, with the pupil's id and
 * nothing else; nobody who cannot read the pupil is told anything.
 */
describe('consent changes reach every screen that may show the pupil', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const clients: LiveClient[] = [];
  let caseId: string;
  let pupilId: string;
  let guardianIds: string[];
  let municipality: string;
  let readers: Record<string, LiveClient>;
  let stranger: LiveClient;

  beforeAll(async () => {
    const [baken] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    [{ id: municipality }] = await sql<{ id: string }>(
      `SELECT id FROM organisation WHERE name = 'Gemeente Kustland - Leerplicht'`,
    );
    [{ id: caseId, pupil_id: pupilId }] = await sql<{ id: string; pupil_id: string }>(
      `SELECT c.id, c.pupil_id FROM case_file c WHERE c.school_id = $1 AND c.status = 'OPEN'
         AND EXISTS (SELECT 1 FROM case_involvement ci WHERE ci.case_id = c.id AND ci.organisation_id = $2) ORDER BY c.created_at LIMIT 1`,
      [baken.id, municipality],
    );
    await sql(`UPDATE pupil SET date_of_birth = $2 WHERE id = $1`, [pupilId, yearsAgo(14)]);
    await sql(`UPDATE guardian SET has_parental_authority = true WHERE pupil_id = $1`, [pupilId]);
    guardianIds = (await sql<{ id: string }>(`SELECT id FROM guardian WHERE pupil_id = $1`, [pupilId])).map(
      (g) => g.id,
    );
    const live = async (email: string) => {
      const client = await connectLive(t.url, await t.login(email));
      clients.push(client);
      return client;
    };
    // Nobody joins the case's room: these are the case list, the signals page and the start page's actions.
    readers = { [COORDINATOR]: await live(COORDINATOR), [OFFICER]: await live(OFFICER) };
    stranger = await live(DUINZICHT_MENTOR);
  });
  afterAll(() => clients.forEach((c) => c.close()));

  const recordConsent = async (validUntil: string | null) =>
    ok(
      await as(CARE_COORDINATOR).query<{ recordConsent: { id: string } }>(
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        {
          input: {
            caseId,
            givenByPupil: true,
            guardianIds,
            method: 'IN_PERSON',
            categories: ['WORRY_AND_NOTES'],
            organisationIds: [municipality],
            purpose: 'Afstemming met leerplicht',
            validFrom: dutchDate(),
            validUntil,
          },
        },
      ),
    ).recordConsent.id;
  const aboutPupil = (e: LiveEvent) => e.kind === 'PUPIL_VISIBILITY_CHANGED' && e.pupilId === pupilId;
  const told = (client: LiveClient) => client.events.filter(aboutPupil);
  /** Every event anyone got about this pupil or its case carries ids and a kind only. */
  const idsOnly = () => {
    for (const client of clients) {
      for (const event of client.events)
        expect(
          Object.keys(event).every((k) =>
            ['kind', 'pupilId', 'caseId', 'meetingId', 'agendaItemId', 'actionId', 'userIds'].includes(k),
          ),
        ).toBe(true);
    }
  };

  it('tells the readers outside the case room of a withdrawal, with the pupil id only, and not the others', async () => {
    const consentId = await recordConsent(null);
    ok(await as(CARE_COORDINATOR).query(`mutation($id: ID!) { withdrawConsent(id: $id) { id } }`, { id: consentId }));
    for (const reader of Object.values(readers)) {
      const event = await reader.waitFor(aboutPupil, 2_000);
      expect(event).toEqual({ kind: 'PUPIL_VISIBILITY_CHANGED', pupilId });
    }
    await sleep(300);
    expect(
      stranger.events.filter((e) => JSON.stringify(e).includes(pupilId) || JSON.stringify(e).includes(caseId)),
    ).toEqual([]);
    idsOnly();
  });

  it('tells them once when a consent expires, in the first nightly run after its last day', async () => {
    await recordConsent(dutchDate());
    const before = Object.values(readers).map((r) => told(r).length);
    const nightly = t.server.app.get(SignalScheduleService);
    const tomorrow = addDays(dutchDate(), 1);
    await nightly.runNightly(tomorrow);
    for (const [i, reader] of Object.values(readers).entries()) {
      await expect.poll(() => told(reader).length, { timeout: 2_000 }).toBe(before[i] + 1);
    }
    // The same night again (the other instance, an hourly check): nothing more.
    expect(await nightly.runNightly(tomorrow)).toBeNull();
    await sleep(300);
    expect(Object.values(readers).map((r) => told(r).length)).toEqual(before.map((n) => n + 1));
    expect(stranger.events.filter((e) => JSON.stringify(e).includes(pupilId))).toEqual([]);
    idsOnly();
  });
});
