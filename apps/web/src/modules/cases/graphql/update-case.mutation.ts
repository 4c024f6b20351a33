import { graphql } from '../../../generated';

export const UpdateCaseMutation = graphql(`
  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!) {
    updateCase(id: $id, input: $input) {
      ...CaseWorkFields
    }
  }
`);
