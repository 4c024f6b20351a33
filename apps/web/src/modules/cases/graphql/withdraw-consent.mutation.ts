import { graphql } from '../../../generated';

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($id: ID!) {
    withdrawConsent(id: $id) {
      id
      active
    }
  }
`);
