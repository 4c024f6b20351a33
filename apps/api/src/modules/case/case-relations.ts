import { In, type DataSource } from 'typeorm';
import { AdviceEntity } from '../advice/advice.entity';
import { loadAttendance } from '../attendance/attendance-loader';
import { adviceModels } from '../advice/advice.mapper';
import { dutchDate } from '@aanwezig/domain';
import { maskFields } from '../../authz/field-mask';
import { actionsOfCases } from '../action/action-rows';
import { toActionModel } from '../action/action.mapper';
import type { ActionModel } from '../action/action.model';
import { authoredBy, loadOrganisationsOf, loadPeople, UNKNOWN_PERSON } from '../user/people';
import type { ActionEntity } from '../action/action.entity';
import { loadConsents } from '../consent/consent-loader';
import { LetterEntity } from '../letter/letter.entity';
import { toLetterModel } from '../letter/letter.mapper';
import type { LetterModel } from '../letter/letter.model';
import { toConsentModel } from '../consent/consent.mapper';
import type { ConsentModel } from '../consent/consent.model';
import type { OrganisationViewModel } from './case-visibility';
import type { CaseModel, NextMeetingModel, TimelineEntryModel } from './case.model';
import { factsOf, type CaseRow, type OpenActionJson } from './case-row';
import { visibilityOverview } from './case-visibility';
import type { TimelineEntryEntity } from './timeline-entry.entity';

/** The nested lists of a case, fetched only when a client asks for them. */
export interface CaseRelations {
  actions: Promise<ActionModel[]>;
  openActions: Promise<ActionModel[]>;
  openActionCount: Promise<number>;
  nextMeeting: Promise<NextMeetingModel | null>;
  timeline: Promise<TimelineEntryModel[]>;
  consents: Promise<ConsentModel[]>;
  letters: Promise<LetterModel[]>;
  visibility: Promise<OrganisationViewModel[]>;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/**
 * Gives a set of case models (a page, a meeting's agenda, one case) their nested lists. Open actions
 * and the next meeting came with the rows; all actions and the timeline are lazy getters: the first
 * read loads that relation for the whole set in one query, masked per case. Plain properties keep the
 * per-case cost of a page low (no resolver wrapping per field).
 */
export function attachCaseRelations(dataSource: DataSource, models: CaseModel[], rows: Map<string, CaseRow>): void {
  const ids = models.map((m) => m.id);
  const actions = once(() => actionsOfCases(dataSource.manager, ids));
  const timelines = once(() => loadTimelines(dataSource, ids));
  const consents = once(() => loadConsents(dataSource.manager, [...new Set(models.map((m) => m.pupilId))]));
  const advice = once(() => dataSource.getRepository(AdviceEntity).find({ where: { caseId: In(ids) }, order: { createdAt: 'DESC' } }));
  const letters = once(async () => {
    const rows = await dataSource.getRepository(LetterEntity).find({ where: { caseId: In(ids) }, order: { sentAt: 'DESC' } });
    return { rows, senders: await loadPeople(dataSource.manager, rows.map((l) => l.sentBy)) };
  });
  const attendance = once(() =>
    loadAttendance(
      dataSource,
      models.map((m) => {
        const row = rows.get(m.id)!;
        return { pupilId: m.pupilId, regionId: row.region_id, schoolId: row.school_id, sector: row.school_sector, reader: m.reader };
      }),
    ),
  );
  const visibility = once(() => visibilityOverview(dataSource.manager, [...rows.values()].map(factsOf)));
  const today = dutchDate();
  for (const model of models) {
    const row = rows.get(model.id)!;
    const owners = new Map(row.open_actions.map((a) => [a.ownerUserId, { id: a.ownerUserId, name: a.ownerName }]));
    const authors = new Map(row.open_actions.map((a) => [a.createdBy, a.createdByOrganisations]));
    model.openActions = Promise.resolve(row.open_actions.map((a) => toActionModel(fromJson(a), model.reader, owners, today, authors)));
    model.openActionCount = Promise.resolve(row.open_actions.length);
    model.nextMeeting = Promise.resolve(row.next_meeting && { ...row.next_meeting, startsAt: new Date(row.next_meeting.startsAt) });
    Object.defineProperties(model, {
      actions: {
        enumerable: true,
        get: once(async () => {
          const { byCase, owners: all, authors } = await actions();
          return (byCase.get(model.id) ?? []).map((a) => toActionModel(a, model.reader, all, today, authors));
        }),
      },
      timeline: {
        enumerable: true,
        get: () => timelines().then(({ byCase, people, actorOrganisations }) => (byCase.get(model.id) ?? []).map((e) => toTimelineModel(e, model, people, actorOrganisations))),
      },
      attendance: { enumerable: true, get: () => attendance().then((byPupil) => byPupil.get(model.pupilId) ?? null) },
      advice: {
        enumerable: true,
        get: once(async () => adviceModels(dataSource.manager, (await advice()).filter((a) => a.caseId === model.id), model.reader)),
      },
      visibility: { enumerable: true, get: () => visibility().then((byCase) => byCase.get(model.id) ?? []) },
      letters: {
        enumerable: true,
        get: () => letters().then(({ rows, senders }) => rows.filter((l) => l.caseId === model.id).map((l) => toLetterModel(l, model.reader, senders.get(l.sentBy) ?? UNKNOWN_PERSON))),
      },
      consents: {
        enumerable: true,
        get: () => consents().then(({ byPupil, lookups }) => (byPupil.get(model.pupilId) ?? []).map((k) => toConsentModel(k, model.reader, lookups))),
      },
    });
  }
}

function fromJson(a: OpenActionJson): ActionEntity {
  return { ...a, completedAt: a.completedAt ? new Date(a.completedAt) : null, createdAt: new Date(a.createdAt) } as ActionEntity;
}

function toTimelineModel(entry: TimelineEntryEntity, model: CaseModel, people: Map<string, { id: string; name: string }>, actorOrganisations: Map<string, string[]>): TimelineEntryModel {
  const actor = people.get(entry.actorUserId) ?? UNKNOWN_PERSON;
  const masked = maskFields('TimelineEntry', { id: entry.id, at: entry.at, actor, category: entry.category, kind: entry.kind, summary: entry.summary }, authoredBy(model.reader, actorOrganisations, entry.actorUserId), entry.category);
  return { ...masked, id: entry.id, at: entry.at, actor, category: entry.category };
}

async function loadTimelines(dataSource: DataSource, caseIds: string[]) {
  const entries: TimelineEntryEntity[] = await dataSource.query(
    `SELECT id, case_id AS "caseId", kind, category, summary, actor_user_id AS "actorUserId", at, meeting_id AS "meetingId"
       FROM timeline_entry WHERE case_id = ANY($1) ORDER BY at DESC, id`,
    [caseIds],
  );
  const byCase = new Map<string, TimelineEntryEntity[]>();
  for (const e of entries) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
  const actorIds = entries.map((e) => e.actorUserId);
  const people = await loadPeople(dataSource.manager, actorIds);
  const actorOrganisations = await loadOrganisationsOf(dataSource.manager, actorIds);
  return { byCase, people, actorOrganisations };
}
