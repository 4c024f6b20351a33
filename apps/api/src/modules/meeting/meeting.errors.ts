import { AppError } from '../../core/errors/app-error';

export class MeetingError extends AppError {}

export const meetingNotFound = () =>
  new MeetingError('NOT_FOUND', 'Dit overleg bestaat niet of u heeft er geen toegang toe.');
export const agendaItemNotFound = () =>
  new MeetingError('NOT_FOUND', 'Dit agendapunt bestaat niet of u heeft er geen toegang toe.');
