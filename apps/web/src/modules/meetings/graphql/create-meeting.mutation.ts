import { graphql } from '../../../generated';

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      startsAt
    }
  }
`);
