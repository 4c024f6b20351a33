import { graphql } from '../../../generated';

export const AcknowledgeSignalMutation = graphql(`
  mutation AcknowledgeSignal($id: ID!) {
    acknowledgeSignal(id: $id) {
      id
      status
    }
  }
`);
