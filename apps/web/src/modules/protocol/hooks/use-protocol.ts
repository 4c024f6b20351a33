import { useMutation } from 'urql';
import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { ProtocolQuery } from '../graphql/protocol.query';
import { UpdateProtocolRuleMutation } from '../graphql/update-protocol-rule.mutation';

/** The region's protocol: every rule with its threshold, window, route and first recipient. */
export function useProtocol() {
  return useReloadableQuery({ query: ProtocolQuery });
}

export function useUpdateProtocolRule() {
  return useMutation(UpdateProtocolRuleMutation);
}
