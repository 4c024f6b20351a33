import type { EntityManager } from 'typeorm';
import type { CaseReader } from '@aanwezig/authz';
import type { DataCategory } from '@aanwezig/domain';
import { maskFields } from '../../authz/field-mask';
import { loadOrganisations } from '../organisation/organisation-names';
import { authoredBy, loadPeople, UNKNOWN_PERSON } from '../user/people';
import type { PersonModel } from '../user/user-summary.model';
import type { DecisionEntity } from './decision.entity';
import type { MeetingEntity } from './meeting.entity';
import type { DecisionModel, MeetingModel, MinutesSectionModel } from './meeting.model';
import type { MinutesSectionEntity } from './minutes-section.entity';

/** Meetings as GraphQL reads them, with their chair, participants (ids per meeting) and school by name. */
export async function toMeetingModels(
  manager: EntityManager,
  meetings: MeetingEntity[],
  participants: Map<string, string[]>,
): Promise<MeetingModel[]> {
  if (meetings.length === 0) return [];
  const people = await loadPeople(manager, [
    ...meetings.map((m) => m.chairUserId),
    ...[...participants.values()].flat(),
  ]);
  const organisationById = await loadOrganisations(
    manager,
    meetings.map((m) => m.organisationId),
  );
  return meetings.map((m) => ({
    id: m.id,
    kind: m.kind,
    title: m.title,
    organisation: organisationById.get(m.organisationId)!,
    startsAt: m.startsAt,
    durationMinutes: m.durationMinutes,
    location: m.location,
    onlineUrl: m.onlineUrl,
    status: m.status,
    seriesId: m.seriesId,
    seriesEveryWeeks: m.seriesEveryWeeks,
    currentAgendaItemId: m.currentAgendaItemId,
    chair: people.get(m.chairUserId) ?? UNKNOWN_PERSON,
    participants: (participants.get(m.id) ?? []).map((id) => people.get(id) ?? UNKNOWN_PERSON),
    agenda: [],
  }));
}

/** Masks by the item's reader: the case's, or for a topic the topicReader (its text carries pupil data too). */
function maskByCategory<V extends object>(
  type: 'MinutesSection' | 'Decision',
  values: V,
  reader: CaseReader,
  category: DataCategory,
  authors: Map<string, string[]>,
  authorId: string,
) {
  return maskFields(type, values, authoredBy(reader, authors, authorId), category);
}

export function toMinutesModel(
  section: MinutesSectionEntity,
  reader: CaseReader,
  people: Map<string, PersonModel>,
  authors: Map<string, string[]>,
): MinutesSectionModel {
  const author = people.get(section.authorId) ?? UNKNOWN_PERSON;
  const masked = maskByCategory(
    'MinutesSection',
    {
      id: section.id,
      category: section.category,
      body: section.body,
      author,
      correctsSectionId: section.correctsSectionId,
      createdAt: section.createdAt,
      updatedAt: section.updatedAt,
      version: section.version,
    },
    reader,
    section.category,
    authors,
    section.authorId,
  );
  return {
    ...masked,
    id: section.id,
    category: section.category,
    createdAt: section.createdAt,
    updatedAt: section.updatedAt,
    version: section.version,
  };
}

export function toDecisionModel(
  decision: DecisionEntity,
  reader: CaseReader,
  people: Map<string, PersonModel>,
  authors: Map<string, string[]>,
): DecisionModel {
  const author = people.get(decision.authorId) ?? UNKNOWN_PERSON;
  const masked = maskByCategory(
    'Decision',
    { id: decision.id, category: decision.category, body: decision.body, author, createdAt: decision.createdAt },
    reader,
    decision.category,
    authors,
    decision.authorId,
  );
  return { ...masked, id: decision.id, category: decision.category, createdAt: decision.createdAt };
}

/** The start of a minutes text, as the timeline shows it (at most 120 characters). */
export function excerpt(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
