import { graphql } from '../../../generated';

export const ReassignActionMutation = graphql(`
  mutation ReassignAction($id: ID!, $ownerId: ID!) {
    reassignAction(id: $id, ownerId: $ownerId) {
      ...ActionFields
    }
  }
`);
