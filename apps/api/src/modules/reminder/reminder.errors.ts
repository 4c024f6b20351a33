import { AppError } from '../../core/errors/app-error';
import { InputError } from '../../core/errors/input';

export class ReminderError extends AppError {}

export const reminderOrganisationNotFound = () =>
  new ReminderError('NOT_FOUND', { reason: 'reminder.organisationNotFound' });

/** Only the organisation's coordinators or the ADMIN change its reminders. */
export const onlyCoordinatorsChangeReminders = () =>
  new ReminderError('FORBIDDEN', { reason: 'reminder.onlyCoordinators' });

/** A setting is a whole number within its limits; `field` is the setting's name (and its label's key). */
export const notAWholeNumberBetween = (field: string, min: number, max: number) =>
  new InputError(field, 'reminder.wholeNumber', { label: `reminder.${field}`, min, max });
