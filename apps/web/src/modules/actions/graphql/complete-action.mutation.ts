import { graphql } from '../../../generated';

export const CompleteActionMutation = graphql(`
  mutation CompleteAction($id: ID!, $note: String) {
    completeAction(id: $id, note: $note) {
      ...ActionFields
    }
  }
`);
