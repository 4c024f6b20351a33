import { useEffect, useMemo, type MouseEvent, type ReactNode } from 'react';
import { BrowserRouter, NavLink, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Provider as GraphQLProvider, useQuery } from 'urql';
import { Page, PageContent, SkipLink } from '@utrecht/component-library-react';
import { SignInPage } from '../modules/auth/components/SignInPage';
import { SessionEndedPage, SignedOutPage } from '../modules/auth/components/SessionPages';
import { SignInLogPage } from '../modules/auth/components/SignInLogPage';
import { MeQuery } from '../modules/auth/graphql/me.query';
import { useMe } from '../modules/auth/hooks/me';
import { usePresence } from '../modules/auth/hooks/presence';
import { SessionProvider, useSession } from '../modules/auth/hooks/session';
import { OrganisationsPage } from '../modules/organisations/components/OrganisationsPage';
import { CasePage } from '../modules/cases/components/CasePage';
import { CasesPage } from '../modules/cases/components/CasesPage';
import { MeetingRoomPage } from '../modules/meetings/components/MeetingRoomPage';
import { MeetingsPage } from '../modules/meetings/components/MeetingsPage';
import { StartPage } from '../modules/home/components/StartPage';
import { SignalsPage } from '../modules/signals/components/SignalsPage';
import { ImportPage } from '../modules/imports/components/ImportPage';
import { managesSchool, receivesSignals, worksOnCases } from '../modules/auth/hooks/roles';
import { ProtocolPage } from '../modules/protocol/components/ProtocolPage';
import { LetterPage } from '../modules/letters/components/LetterPage';
import { ReportPage } from '../modules/reports/components/ReportPage';
import { PrivacyPage } from '../modules/privacy/components/PrivacyPage';
import { MyActionsPage } from '../modules/actions/components/MyActionsPage';
import { usePageView } from '../modules/privacy/lib/page-view';
import { AppHeader } from './AppHeader';
import { createGraphQLClient } from './graphql-client';
import { QueryState } from '../modules/shared/QueryState';

function Navigation({
  cases,
  reports,
  letters,
  signals,
  imports,
  privacy,
  signInLog,
}: {
  cases: boolean;
  reports: boolean;
  letters: boolean;
  signals: boolean;
  imports: boolean;
  privacy: boolean;
  signInLog: boolean;
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')} className="aanwezig-nav">
      <NavLink to="/" end>
        {t('nav.home')}
      </NavLink>
      {cases && <NavLink to="/casussen">{t('nav.cases')}</NavLink>}
      {cases && <NavLink to="/acties">{t('nav.actions')}</NavLink>}
      {cases && <NavLink to="/overleggen">{t('nav.meetings')}</NavLink>}
      {signals && <NavLink to="/signalen">{t('nav.signals')}</NavLink>}
      <NavLink to="/organisaties">{t('nav.organisations')}</NavLink>
      {reports && <NavLink to="/rapportage">{t('nav.reports')}</NavLink>}
      {letters && <NavLink to="/brieven">{t('nav.letters')}</NavLink>}
      {imports && <NavLink to="/import">{t('nav.imports')}</NavLink>}
      {privacy && <NavLink to="/privacy">{t('nav.privacy')}</NavLink>}
      {signInLog && <NavLink to="/aanmeldingen">{t('signInLog.nav')}</NavLink>}
      <NavLink to="/protocol">{t('nav.protocol')}</NavLink>
    </nav>
  );
}

function SignedIn() {
  usePageView();
  const { session } = useSession();
  // Typing (or clicking) keeps the session alive; no presence requests once signing out has begun.
  usePresence(session.status === 'signedIn');
  const me = useMe();
  // What the server says the user may do (the API decides; this only hides links that would answer "forbidden").
  const reports = Boolean(me?.capabilities?.readReport);
  const letters = Boolean(me?.capabilities?.writeLetters);
  const signals = receivesSignals(me);
  const cases = worksOnCases(me);
  const imports = managesSchool(me);
  const privacy = Boolean(me?.capabilities?.readAuditTrail);
  const signInLog = Boolean(me?.capabilities?.readSignInLog);
  return (
    <>
      <Navigation
        cases={cases}
        reports={reports}
        letters={letters}
        signals={signals}
        imports={imports}
        privacy={privacy}
        signInLog={signInLog}
      />
      <PageBody>
        <Routes>
          <Route path="/" element={<StartPage />} />
          <Route path="/signalen" element={<SignalsPage />} />
          <Route path="/casussen" element={<CasesPage />} />
          <Route path="/casussen/:id" element={<CasePage />} />
          <Route path="/acties" element={<MyActionsPage />} />
          <Route path="/overleggen" element={<MeetingsPage />} />
          <Route path="/overleggen/:id" element={<MeetingRoomPage />} />
          <Route path="/organisaties" element={<OrganisationsPage />} />
          <Route path="/rapportage" element={<ReportPage />} />
          <Route path="/brieven" element={<LetterPage />} />
          <Route path="/import" element={<ImportPage />} />
          <Route path="/protocol" element={<ProtocolPage />} />
          <Route path="/privacy" element={<PrivacyPage />} />
          <Route path="/aanmeldingen" element={<SignInLogPage />} />
          <Route path="/aanmelden" element={<Navigate to="/" replace />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </PageBody>
    </>
  );
}

const BODY = 'inhoud';

/**
 * What follows the header and the menu: the skip link's target. It is there on every page, loading or
 * not, and takes the focus itself (a fragment link alone may leave the tab order in the header).
 */
function PageBody({ children }: { children: ReactNode }) {
  return (
    <div id={BODY} tabIndex={-1} className="aanwezig-body">
      {children}
    </div>
  );
}

function focusBody(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById(BODY)?.focus();
}

/**
 * Whether this browser holds a session: the page asks `me` (the session is the server's HttpOnly
 * cookie; the page has no token to look at). UNAUTHENTICATED: signed out. A lost connection is said,
 * with a retry; it is not taken for signed out.
 */
function SessionCheck() {
  const { checked } = useSession();
  const [{ data, error }, refetch] = useQuery({ query: MeQuery });
  const refused = error?.graphQLErrors.find((e) =>
    ['UNAUTHENTICATED', 'FORBIDDEN'].includes(String(e.extensions?.code)),
  );
  useEffect(() => {
    if (data?.me) checked(true);
    else if (refused) checked(false, refused.extensions?.reason);
  }, [data, refused, checked]);
  return (
    <main id="main">
      <QueryState
        query={{
          fetching: !error,
          error: refused ? undefined : error,
          reload: () => refetch({ requestPolicy: 'network-only' }),
        }}
      />
    </main>
  );
}

/** The page for the session as it stands: signed in, checking, signed out, just signed out, or ended by the server. */
function SessionBody() {
  const { session } = useSession();
  switch (session.status) {
    case 'signedIn':
    case 'signingOut':
      return <SignedIn />;
    case 'checking':
      return (
        <PageBody>
          <SessionCheck />
        </PageBody>
      );
    case 'left':
      return (
        <PageBody>
          <SignedOutPage confirmed={session.confirmed} />
        </PageBody>
      );
    case 'ended':
      return (
        <PageBody>
          <SessionEndedPage reason={session.reason} />
        </PageBody>
      );
    case 'signedOut':
      // Every address shows the sign-in page while signed out (/aanmelden is its own); after a demo
      // sign-in the page asked for opens, /aanmelden goes to the start page.
      return (
        <PageBody>
          <SignInPage />
        </PageBody>
      );
  }
}

function Shell() {
  const { t } = useTranslation();
  const { generation, endSession, sessionChanged } = useSession();
  // A new client per session (sign-in, switch of role, sign-out, end), so nothing cached for one user is shown to the next.
  const client = useMemo(
    () =>
      createGraphQLClient({
        onUnauthenticated: (reason) => endSession(reason, generation),
        onSessionChanged: (gone) => sessionChanged(gone, generation),
      }),
    [generation, endSession, sessionChanged],
  );
  return (
    <GraphQLProvider value={client}>
      <Page>
        {/* First in the tab order: past the header and the menu to the page's own content. */}
        <SkipLink href={`#${BODY}`} onClick={focusBody}>
          {t('app.skipToContent')}
        </SkipLink>
        <AppHeader />
        <PageContent>
          <SessionBody />
        </PageContent>
      </Page>
    </GraphQLProvider>
  );
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Shell />
      </BrowserRouter>
    </SessionProvider>
  );
}
