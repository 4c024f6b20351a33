import type { DataCategory } from '@aanwezig/domain';
import { AppError } from '../../core/errors/app-error';
import { InputError } from '../../core/errors/input';

export class MeetingError extends AppError {}

export const meetingNotFound = () => new MeetingError('NOT_FOUND', { reason: 'meeting.notFound' });
export const agendaItemNotFound = () => new MeetingError('NOT_FOUND', { reason: 'meeting.agendaItemNotFound' });
export const onlyCoordinatorsRun = () => new MeetingError('FORBIDDEN', { reason: 'meeting.onlyCoordinatorsRun' });
export const onlyCoordinatorsPlan = () => new MeetingError('FORBIDDEN', { reason: 'meeting.onlyCoordinatorsPlan' });
export const onlyChairLeads = () => new MeetingError('FORBIDDEN', { reason: 'meeting.onlyChairLeads' });
export const onlyParticipantsTakeMinutes = () =>
  new MeetingError('FORBIDDEN', { reason: 'meeting.onlyParticipantsTakeMinutes' });
export const meetingClosed = () => new MeetingError('CONFLICT', { reason: 'meeting.closed' });
export const caseAlreadyOnAgenda = () =>
  new MeetingError('CONFLICT', { reason: 'meeting.caseAlreadyOnAgenda', field: 'caseId' });
export const minutesLockedEdit = () =>
  new MeetingError('CONFLICT', { reason: 'meeting.minutesLockedEdit', field: 'sectionId' });
export const minutesLockedAdd = () =>
  new MeetingError('CONFLICT', { reason: 'meeting.minutesLockedAdd', field: 'correctsSectionId' });
export const minutesStale = () =>
  new MeetingError('CONFLICT', { reason: 'meeting.minutesStale', field: 'expectedVersion' });

export const unknownSchool = () => new InputError('organisationId', 'meeting.unknownSchool');
export const unknownParticipants = () => new InputError('participantIds', 'meeting.unknownParticipants');
/** People neither of the school nor of a partner serving it (user/meeting-invitees.ts). */
export const participantsNotPartners = (names: string[]) =>
  new InputError('participantIds', 'meeting.participantsNotPartners', { names: names.join(', ') });
export const caseOfOtherSchool = () => new InputError('caseId', 'meeting.caseOfOtherSchool');
export const caseClosed = () => new InputError('caseId', 'meeting.caseClosed');
export const itemNotInMeeting = () => new InputError('agendaItemId', 'meeting.itemNotInMeeting');
export const expectedVersionRequired = () => new InputError('expectedVersion', 'meeting.expectedVersionRequired');
export const sectionNotOnItem = () => new InputError('sectionId', 'meeting.sectionNotOnItem');
export const correctedNotOnItem = () => new InputError('correctsSectionId', 'meeting.correctedNotOnItem');

/** Why a writer may not read a category on an item: a shield reason on a case, TOPIC on an item without one. */
export type CannotReadBecause = 'NO_CONSENT' | 'NOT_INVOLVED' | 'NOT_PERMITTED' | 'TOPIC';

/** The section being overwritten (`sectionId`) or corrected (`correctsSectionId`) holds a category the writer may not read. */
export const previousUnreadable = (
  field: 'sectionId' | 'correctsSectionId',
  category: DataCategory,
  why: CannotReadBecause,
) =>
  new MeetingError('FORBIDDEN', {
    reason: 'meeting.previousUnreadable',
    params: { context: field === 'sectionId' ? 'overwrite' : 'correct', category, why },
    field,
  });

/** The writer may not read the category they chose for minutes or a decision. */
export const categoryUnreadable = (what: 'minutes' | 'decision', category: DataCategory, why: CannotReadBecause) =>
  new InputError('category', 'meeting.categoryUnreadable', { context: what, category, why });
