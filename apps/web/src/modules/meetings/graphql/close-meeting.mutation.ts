import { graphql } from '../../../generated';

export const CloseMeetingMutation = graphql(`
  mutation CloseMeeting($id: ID!) {
    closeMeeting(id: $id) {
      id
      status
    }
  }
`);
