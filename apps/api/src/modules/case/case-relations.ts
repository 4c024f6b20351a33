import type { DataSource, EntityManager } from 'typeorm';
import { authoredBy, loadOrganisationsOf, loadPeople, UNKNOWN_PERSON } from '../user/people';
import { factsOf, type CaseRow, type OpenActionJson } from './case-row';
import type { CaseReader } from '@aanwezig/authz';
import { toMessageParams } from '../../core/graphql/message-param.model';
import { timelineText } from './timeline';
import { maskFields } from '../../authz/field-mask';
import type { CaseModel, TimelineEntryModel } from './case.model';
import type { OrganisationModel } from '../organisation/organisation.model';
import { byDutchName, loadOrganisations } from '../organisation/organisation-names';
import type { OrganisationViewModel } from './case-visibility';
import { visibilityOverview } from './case-visibility';
import type { TimelineEntryEntity } from './timeline-entry.entity';

/** The value under `key` in `cache`, made by `make` the first time it is asked for. */
function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/** A loader that runs at most once, on first call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/**
 * A value GraphQL awaits (it takes any thenable) that starts loading only when awaited: a field that
 * is not asked for costs nothing. A plain field value, so the field mask can still null it.
 */
export function lazy<T>(load: () => Promise<T>): PromiseLike<T> {
  const loaded = once(load);
  return { then: (onValue, onError) => loaded().then(onValue, onError) };
}

/** The masked fields of a case, as `maskFields('Case', …)` gives them. */
export type MaskedCaseFields = Pick<
  CaseModel,
  | 'pupil'
  | 'school'
  | 'category'
  | 'typology'
  | 'tier'
  | 'status'
  | 'outcome'
  | 'flaggedForMeeting'
  | 'involvedOrganisations'
  | 'worryFlag'
  | 'mentorNotes'
  | 'homeSituation'
  | 'owner'
  | 'visibility'
  | 'nextMeeting'
  | 'shielded'
>;

/**
 * A case as GraphQL reads it. Every field is set in the constructor in one order, so all cases share
 * one object shape; the nested lists are getters that ask the page the case was read with. (Plain
 * objects with spread fields and per-case getters cost a page of 50 more than its SQL did.)
 */
class CaseNode implements CaseModel {
  readonly #page: CasePage;
  id: string;
  pupil: CaseModel['pupil'];
  school: CaseModel['school'];
  category: CaseModel['category'];
  typology: CaseModel['typology'];
  tier: CaseModel['tier'];
  status: CaseModel['status'];
  outcome: CaseModel['outcome'];
  flaggedForMeeting: CaseModel['flaggedForMeeting'];
  involvedOrganisations: CaseModel['involvedOrganisations'];
  worryFlag: CaseModel['worryFlag'];
  mentorNotes: CaseModel['mentorNotes'];
  homeSituation: CaseModel['homeSituation'];
  owner: CaseModel['owner'];
  visibility: CaseModel['visibility'];
  shielded: CaseModel['shielded'];
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  version: number;
  reader: CaseReader;
  schoolId: string;
  pupilId: string;
  openActionRows: OpenActionJson[];
  nextMeeting: CaseModel['nextMeeting'];

  constructor(page: CasePage, row: CaseRow, reader: CaseReader, masked: MaskedCaseFields) {
    this.#page = page;
    this.id = row.id;
    this.pupil = masked.pupil;
    this.school = masked.school;
    this.category = masked.category;
    this.typology = masked.typology;
    this.tier = masked.tier;
    this.status = masked.status;
    this.outcome = masked.outcome;
    this.flaggedForMeeting = masked.flaggedForMeeting;
    this.involvedOrganisations = masked.involvedOrganisations;
    this.worryFlag = masked.worryFlag;
    this.mentorNotes = masked.mentorNotes;
    this.homeSituation = masked.homeSituation;
    this.owner = masked.owner;
    this.visibility = masked.visibility;
    this.shielded = masked.shielded;
    this.createdAt = row.created_at;
    this.updatedAt = row.updated_at;
    this.closedAt = row.closed_at;
    this.version = row.version;
    this.reader = reader;
    this.schoolId = row.school_id;
    this.pupilId = row.pupil_id;
    // The hot fields: the action module's Case.openActions maps these rows, without another query.
    this.openActionRows = row.open_actions;
    this.nextMeeting = masked.nextMeeting;
  }

  get timeline(): CaseModel['timeline'] {
    return this.#page.timeline(this);
  }
  batch<T>(key: string, load: (cases: readonly CaseModel[]) => Promise<T>): Promise<T> {
    return this.#page.batch(key, load);
  }
}

/**
 * A set of cases read together (a page, a meeting's agenda, one case) and their nested lists. Open
 * actions and the next meeting came with the rows; the timeline, the involved organisations and who
 * sees what are loaded for the whole set in one query the first time any of its cases is asked for
 * them, and masked per case. Modules above case load theirs through `batch`.
 */
export class CasePage {
  private readonly loadTimelines: () => ReturnType<typeof loadTimelines>;
  private readonly loadVisibility: () => ReturnType<typeof visibilityOverview>;
  private readonly loadOrganisations: () => Promise<Map<string, OrganisationModel>>;
  /** The models made from this page's rows, and what modules above case loaded for all of them (`batch`). */
  private readonly nodes: CaseNode[] = [];
  private readonly batches = new Map<string, Promise<unknown>>();

  constructor(
    dataSource: DataSource,
    private readonly rows: Map<string, CaseRow>,
  ) {
    const manager: EntityManager = dataSource.manager;
    const ids = [...rows.keys()];
    this.loadTimelines = once(() => loadTimelines(dataSource, ids));
    this.loadVisibility = once(() => visibilityOverview(manager, [...rows.values()].map(factsOf)));
    this.loadOrganisations = once(() =>
      loadOrganisations(
        manager,
        [...rows.values()].flatMap((r) => r.involvement.organisationIds),
      ),
    );
  }

  /** The case model of one of this page's rows: its masked fields and relations. */
  model(row: CaseRow, reader: CaseReader, masked: MaskedCaseFields): CaseModel {
    const node = new CaseNode(this, row, reader, masked);
    this.nodes.push(node);
    return node;
  }

  /** The involved organisations of a case, by name; one query for the whole page. */
  async involvedOrganisations(caseId: string): Promise<OrganisationModel[]> {
    const byId = await this.loadOrganisations();
    return this.rows
      .get(caseId)!
      .involvement.organisationIds.flatMap((id) => byId.get(id) ?? [])
      .sort(byDutchName);
  }

  async timeline(model: CaseModel): Promise<TimelineEntryModel[]> {
    const { byCase, people, actorOrganisations } = await this.loadTimelines();
    return (byCase.get(model.id) ?? []).map((e) => toTimelineModel(e, model, people, actorOrganisations));
  }

  async visibility(caseId: string): Promise<OrganisationViewModel[]> {
    return (await this.loadVisibility()).get(caseId) ?? [];
  }

  /** What `load` gives for all the cases read together, loaded once under `key` (see CaseModel.batch). */
  batch<T>(key: string, load: (cases: readonly CaseModel[]) => Promise<T>): Promise<T> {
    return cached(this.batches, key, () => load(this.nodes)) as Promise<T>;
  }
}

function toTimelineModel(
  entry: TimelineEntryEntity,
  model: CaseModel,
  people: Map<string, { id: string; name: string }>,
  actorOrganisations: Map<string, string[]>,
): TimelineEntryModel {
  const actor = people.get(entry.actorUserId) ?? UNKNOWN_PERSON;
  const masked = maskFields(
    'TimelineEntry',
    {
      id: entry.id,
      at: entry.at,
      actor,
      category: entry.category,
      kind: entry.kind,
      summary: timelineText(entry.kind, entry.params),
      params: toMessageParams(entry.params),
    },
    authoredBy(model.reader, actorOrganisations, entry.actorUserId),
    entry.category,
  );
  return { ...masked, id: entry.id, at: entry.at, category: entry.category };
}

async function loadTimelines(dataSource: DataSource, caseIds: string[]) {
  const entries: TimelineEntryEntity[] = await dataSource.query(
    `SELECT id, case_id AS "caseId", kind, category, params, actor_user_id AS "actorUserId", at, meeting_id AS "meetingId"
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
