import { useQuery } from 'urql';
import { MeQuery } from '../graphql/me.query';
import { useSession } from './session';

/** The signed-in user with their memberships (cached by urql; one request per session). */
export function useMe() {
  const { token } = useSession();
  const [{ data }] = useQuery({ query: MeQuery, pause: !token });
  return token ? data?.me : undefined;
}
