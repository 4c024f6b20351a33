import { graphql } from '../../../generated';

export const MarkReportedToDuoMutation = graphql(`
  mutation MarkReportedToDuo($id: ID!, $input: MarkReportedToDuoInput!) {
    markReportedToDuo(id: $id, input: $input) {
      id
      legalReport {
        reportedOn
        reference
        recordedBy
        late
      }
    }
  }
`);
