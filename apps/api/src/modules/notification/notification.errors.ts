import { InputError } from '../../core/errors/input';

/** markNotificationsRead was given an id that is not a notification (not a uuid). */
export const unknownNotifications = () => new InputError('ids', 'notification.unknownIds');
