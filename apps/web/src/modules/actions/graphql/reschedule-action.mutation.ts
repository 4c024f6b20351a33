import { graphql } from '../../../generated';

export const RescheduleActionMutation = graphql(`
  mutation RescheduleAction($id: ID!, $dueDate: String!) {
    rescheduleAction(id: $id, dueDate: $dueDate) {
      ...ActionFields
    }
  }
`);
