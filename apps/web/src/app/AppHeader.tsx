import { useTranslation } from 'react-i18next';
import { Button, PageHeader, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../modules/auth/hooks/me';
import { useSession } from '../modules/auth/hooks/session';
import { useSignOut } from '../modules/auth/hooks/use-auth';
import { signOutConfirmed } from '../modules/auth/lib/sign-out';
import { ActingAsSwitch } from '../modules/auth/components/ActingAsSwitch';

/** Who you are, as which role at which organisation; language switch; sign out. */
export function AppHeader() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [, signOut] = useSignOut();
  const me = useMe();
  // The server ends the session (and its sockets) and clears the cookies; when it cannot be reached the
  // page forgets the session all the same, and the next page says that the server did not confirm it.
  const leave = async () => {
    session.beginSignOut();
    session.signedOut(signOutConfirmed(await signOut({})));
  };
  // The role line names the membership in use: the chosen one, or every one the user holds.
  const working = me ? (me.actingAs ? [me.actingAs] : me.memberships) : [];
  const other = i18n.language === 'en' ? 'nl' : 'en';

  return (
    <PageHeader>
      <div className="aanwezig-header">
        <div>
          <strong className="aanwezig-brand">{t('app.name')}</strong>
          <span className="aanwezig-tagline"> · {t('app.tagline')}</span>
        </div>
        <div className="aanwezig-header-actions">
          {me && (
            <Paragraph className="aanwezig-who">
              {t('session.signedInAs', { name: me.name })}
              {working.map((m) => (
                <span key={`${m.organisation.id}|${m.role}`}>
                  <br />
                  {t('session.as', { role: t(`role.${m.role}`), organisation: m.organisation.name })}
                </span>
              ))}
            </Paragraph>
          )}
          {me && me.memberships.length > 1 && <ActingAsSwitch me={me} />}
          <Button appearance="subtle-button" lang={other} onClick={() => void i18n.changeLanguage(other)}>
            {t('language.switchTo')}
          </Button>
          {session.signedIn && (
            <Button
              appearance="secondary-action-button"
              onClick={() => void leave()}
              disabled={session.session.status === 'signingOut'}
            >
              {t('session.signOut')}
            </Button>
          )}
        </div>
      </div>
    </PageHeader>
  );
}
