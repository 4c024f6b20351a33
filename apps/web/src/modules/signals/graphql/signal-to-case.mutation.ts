import { graphql } from '../../../generated';

export const SignalToCaseMutation = graphql(`
  mutation SignalToCase($id: ID!) {
    signalToCase(id: $id) {
      caseId
      signal {
        id
        status
        caseId
      }
    }
  }
`);
