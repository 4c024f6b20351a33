import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useSignOut } from '../hooks/use-auth';
import { useSession, type SessionEndReason } from '../hooks/session';
import { signOutConfirmed } from '../lib/sign-out';
import './auth.css';

/**
 * The page's heading takes the focus when it appears: it replaces the page the person was on (after
 * "Afmelden", or unasked when the server ended the session), and a screen reader should say so.
 */
function FocusedHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Heading1 ref={ref} tabIndex={-1}>
      {children}
    </Heading1>
  );
}

/** Back to the sign-in page (in the page: no reload, so a sign-out the server did not confirm stays forgotten here). */
function SignInAgain() {
  const { t } = useTranslation();
  const { startAgain } = useSession();
  return (
    <Paragraph>
      <Link
        to="/aanmelden"
        onClick={startAgain}
        className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
      >
        {t('session.signInAgain')}
      </Link>
    </Paragraph>
  );
}

/**
 * "U bent afgemeld". When the server did not confirm it (the network was down), the page has forgotten
 * the session all the same, and says honestly that the server may still hold it; it can try again.
 */
export function SignedOutPage({ confirmed }: { confirmed: boolean }) {
  const { t } = useTranslation();
  const { signedOut } = useSession();
  const [{ fetching }, signOut] = useSignOut();
  const [retried, setRetried] = useState(false);
  const retry = async () => {
    const result = await signOut({});
    if (signOutConfirmed(result)) signedOut(true);
    else setRetried(true);
  };
  return (
    <main id="main" className="aanwezig-session-page">
      <FocusedHeading>{t('session.left.title')}</FocusedHeading>
      {confirmed ? (
        <Paragraph>{t('session.left.confirmed')}</Paragraph>
      ) : (
        <Alert type="warning" role="alert">
          <Paragraph>{t('session.left.unconfirmed')}</Paragraph>
          <Paragraph>{t('session.left.unconfirmedWhy')}</Paragraph>
          <Button appearance="secondary-action-button" onClick={() => void retry()} disabled={fetching}>
            {t('session.left.retry')}
          </Button>
          {retried && !fetching && <Paragraph role="status">{t('session.left.stillUnconfirmed')}</Paragraph>}
        </Alert>
      )}
      <SignInAgain />
    </main>
  );
}

/** "Uw sessie is beëindigd": the server ended it, and why, in words; then sign in again. */
export function SessionEndedPage({ reason }: { reason: SessionEndReason }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="aanwezig-session-page">
      <FocusedHeading>{t('session.ended.title')}</FocusedHeading>
      <Alert type="warning" role="alert">
        <Paragraph>{t(`session.ended.${reason}`)}</Paragraph>
        <Paragraph>{t('session.ended.unsaved')}</Paragraph>
      </Alert>
      <SignInAgain />
    </main>
  );
}
