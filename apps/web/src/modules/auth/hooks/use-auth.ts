import { useMutation } from 'urql';
import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { ActAsMutation } from '../graphql/act-as.mutation';
import { DemoUsersQuery } from '../graphql/demo-users.query';
import { DevLoginMutation } from '../graphql/dev-login.mutation';
import { SignInEventsQuery } from '../graphql/sign-in-events.query';
import { SignInOrganisationsQuery } from '../graphql/sign-in-organisations.query';
import { SignOutMutation } from '../graphql/sign-out.mutation';

/** The demo region's people to sign in as (empty where dev login is off). */
export function useDemoUsers() {
  return useReloadableQuery({ query: DemoUsersQuery });
}

/** The organisations one can sign in through (those with an identity provider), for "Of kies uw organisatie". */
export function useSignInOrganisations() {
  return useReloadableQuery({ query: SignInOrganisationsQuery });
}

/** Signs in by e-mail address, where dev login is on (demo and tests); the server sets the session cookie. */
export function useDevLogin() {
  return useMutation(DevLoginMutation);
}

/** Works as one of one's memberships, or as all of them: the server switches the session itself. */
export function useActAs() {
  return useMutation(ActAsMutation);
}

/** Ends the session on the server (and its sockets); the server clears the cookies. */
export function useSignOut() {
  return useMutation(SignOutMutation);
}

/** A page of the sign-in log after `after` (null: the newest), read afresh on every visit. */
export function useSignInEvents(after: string | null) {
  return useReloadableQuery({ query: SignInEventsQuery, variables: { after }, requestPolicy: 'cache-and-network' });
}
