import { useTranslation } from 'react-i18next';
import { Button, PageHeader, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../modules/auth/hooks/me';
import { useSession } from '../modules/auth/hooks/session';
import { ActingAsSwitch } from '../modules/auth/components/ActingAsSwitch';

/** Who you are, as which role at which organisation; language switch; sign out. */
export function AppHeader() {
  const { t, i18n } = useTranslation();
  const { token, signOut } = useSession();
  const me = useMe();
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
          {token && (
            <Button appearance="secondary-action-button" onClick={signOut}>
              {t('session.signOut')}
            </Button>
          )}
        </div>
      </div>
    </PageHeader>
  );
}
