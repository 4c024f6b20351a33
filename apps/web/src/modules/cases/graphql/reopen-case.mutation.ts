import { graphql } from '../../../generated';

export const ReopenCaseMutation = graphql(`
  mutation ReopenCase($id: ID!) {
    reopenCase(id: $id) {
      ...CaseWorkFields
    }
  }
`);
