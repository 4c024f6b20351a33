import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Button, PageHeader, Paragraph } from '@utrecht/component-library-react';
import { MeQuery } from '../modules/auth/graphql/me.query';
import { useSession } from '../modules/auth/hooks/session';

/** Who you are, as which role at which organisation; language switch; sign out. */
export function AppHeader() {
  const { t, i18n } = useTranslation();
  const { token, signOut } = useSession();
  const [{ data }] = useQuery({ query: MeQuery, pause: !token });
  const me = token ? data?.me : undefined;
  const membership = me?.memberships[0];
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
              {membership && (
                <>
                  <br />
                  {t('session.as', { role: t(`role.${membership.role}`), organisation: membership.organisation.name })}
                </>
              )}
            </Paragraph>
          )}
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
