import { graphql } from '../../../generated';

export const CloseCaseMutation = graphql(`
  mutation CloseCase($id: ID!, $input: CloseCaseInput!) {
    closeCase(id: $id, input: $input) {
      ...CaseWorkFields
    }
  }
`);
