import { graphql } from '../../../generated';

export const AcknowledgeSignalMutation = graphql(`
  mutation AcknowledgeSignal($id: ID!) {
    acknowledgeSignal(id: $id) {
      id
      status
    }
  }
`);

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
