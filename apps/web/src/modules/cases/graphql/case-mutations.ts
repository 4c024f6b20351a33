import { graphql } from '../../../generated';

export const WriteAdviceMutation = graphql(`
  mutation WriteAdvice($caseId: ID!, $educationAdvice: String!, $privateNote: String) {
    writeAdvice(caseId: $caseId, educationAdvice: $educationAdvice, privateNote: $privateNote) {
      id
    }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($id: ID!) {
    withdrawConsent(id: $id) {
      id
      active
    }
  }
`);

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
    }
  }
`);
