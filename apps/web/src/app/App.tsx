import { useMemo, type MouseEvent, type ReactNode } from 'react';
import { BrowserRouter, NavLink, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Provider as GraphQLProvider } from 'urql';
import { Alert, Page, PageContent, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { SignInPage } from '../modules/auth/components/SignInPage';
import { useMe } from '../modules/auth/hooks/me';
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

function Navigation({
  cases,
  reports,
  letters,
  signals,
  imports,
  privacy,
}: {
  cases: boolean;
  reports: boolean;
  letters: boolean;
  signals: boolean;
  imports: boolean;
  privacy: boolean;
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
      <NavLink to="/protocol">{t('nav.protocol')}</NavLink>
    </nav>
  );
}

function SignedIn() {
  usePageView();
  const me = useMe();
  // What the server says the user may do (the API decides; this only hides links that would answer "forbidden").
  const reports = Boolean(me?.capabilities?.readReport);
  const letters = Boolean(me?.capabilities?.writeLetters);
  const signals = receivesSignals(me);
  const cases = worksOnCases(me);
  const imports = managesSchool(me);
  const privacy = Boolean(me?.capabilities?.readAuditTrail);
  return (
    <>
      <Navigation
        cases={cases}
        reports={reports}
        letters={letters}
        signals={signals}
        imports={imports}
        privacy={privacy}
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

function Shell() {
  const { t } = useTranslation();
  const { token, ended, signOut } = useSession();
  // A new client per session, so nothing cached for one user is shown to the next.
  const client = useMemo(() => createGraphQLClient(signOut), [token, signOut]);
  return (
    <GraphQLProvider value={client}>
      <Page>
        {/* First in the tab order: past the header and the menu to the page's own content. */}
        <SkipLink href={`#${BODY}`} onClick={focusBody}>
          {t('app.skipToContent')}
        </SkipLink>
        <AppHeader />
        <PageContent>
          {!token && ended && (
            <Alert type="warning" role="alert">
              <Paragraph>{t('session.ended')}</Paragraph>
            </Alert>
          )}
          {token ? (
            <SignedIn />
          ) : (
            <PageBody>
              <SignInPage />
            </PageBody>
          )}
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
