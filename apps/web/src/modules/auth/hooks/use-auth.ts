import { useMutation } from 'urql';
import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { ActAsMutation } from '../graphql/act-as.mutation';
import { DemoUsersQuery } from '../graphql/demo-users.query';
import { DevLoginMutation } from '../graphql/dev-login.mutation';

/** The demo region's people to sign in as (empty where dev login is off). */
export function useDemoUsers() {
  return useReloadableQuery({ query: DemoUsersQuery });
}

/** Signs in by e-mail address, where dev login is on (demo and tests). */
export function useDevLogin() {
  return useMutation(DevLoginMutation);
}

/** Works as one of one's memberships, or as all of them: the API issues a new token. */
export function useActAs() {
  return useMutation(ActAsMutation);
}
