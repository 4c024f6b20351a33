import { describe, expect, it } from 'vitest';
import { translate } from '@aanwezig/messages';
import { NotificationKind } from './notification.entity';
import { NOTIFICATION_TEXT, notificationMail, notificationText } from './notification-text';

describe('notification texts', () => {
  it('has a title and a body for every kind, in Dutch and English', () => {
    for (const kind of Object.values(NotificationKind)) {
      for (const language of ['nl', 'en'] as const) {
        const { title, body } = notificationText(kind, language);
        expect(title, `${kind} ${language}`).not.toBe('');
        expect(body, `${kind} ${language}`).not.toBe('');
      }
      expect(NOTIFICATION_TEXT[kind]).toEqual(notificationText(kind));
    }
  });

  it('says the Dutch sentence by default, word for word', () => {
    expect(notificationText(NotificationKind.ACTION_DUE_TODAY)).toEqual({
      title: 'Deadline vandaag',
      body: 'Een actie die u uitvoert moet vandaag klaar zijn.',
    });
    expect(notificationText(NotificationKind.ACTION_DUE_TODAY, 'en').title).toBe('Due today');
  });

  it('refuses a kind it does not know', () => {
    expect(() => notificationText('NOT_A_KIND' as NotificationKind)).toThrow(/no text for notification kind/);
  });

  it('frames the body in the mail with the link and the reason it was sent', () => {
    const mail = notificationMail(NotificationKind.WEEKLY_DIGEST, 'https://app.example/casussen/1');
    expect(mail.subject).toBe('Aanwezig: Uw openstaande acties deze week');
    expect(mail.text).toBe(
      'U heeft openstaande acties. Bekijk ze op uw startpagina.\n\nBekijk het in Aanwezig: https://app.example/casussen/1\n\nU ontvangt deze e-mail omdat u in Aanwezig bij deze leerling of dit overleg betrokken bent.',
    );
  });

  it('describes the calendar invitation with its link, and the online link when there is one', () => {
    const link = 'https://app.example/overleggen/1';
    expect(translate('notification.calendar.description', { link })).toBe(`Overleg in Aanwezig: ${link}`);
    expect(
      translate('notification.calendar.description', { link, context: 'online', online: 'https://meet.example/x' }),
    ).toBe(`Overleg in Aanwezig: ${link}\nOnline: https://meet.example/x`);
  });
});
