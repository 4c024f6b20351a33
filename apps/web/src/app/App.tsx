import { useMemo } from 'react';
import { Provider as GraphQLProvider } from 'urql';
import { Page, PageContent } from '@utrecht/component-library-react';
import { SignInPage } from '../modules/auth/components/SignInPage';
import { SessionProvider, useSession } from '../modules/auth/hooks/session';
import { OrganisationsPage } from '../modules/organisations/components/OrganisationsPage';
import { AppHeader } from './AppHeader';
import { createGraphQLClient } from './graphql-client';

function Shell() {
  const { token, signOut } = useSession();
  // A new client per session, so nothing cached for one user is shown to the next.
  const client = useMemo(() => createGraphQLClient(signOut), [token, signOut]);
  return (
    <GraphQLProvider value={client}>
      <Page>
        <AppHeader />
        <PageContent>{token ? <OrganisationsPage /> : <SignInPage />}</PageContent>
      </Page>
    </GraphQLProvider>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}
