import { useQuery } from 'urql';
import { MeQuery } from '../graphql/me.query';
import { useSession } from './session';

/** The signed-in user with their memberships (cached by urql; one request per session). */
export function useMe() {
  const { signedIn } = useSession();
  const [{ data }] = useQuery({ query: MeQuery, pause: !signedIn });
  return signedIn ? data?.me : undefined;
}
