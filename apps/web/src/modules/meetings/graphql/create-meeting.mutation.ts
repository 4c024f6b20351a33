import { graphql } from '../../../generated';

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      startsAt
      chair {
        id
        name
      }
      participants {
        id
        name
      }
      nonSchoolDay {
        date
        reason
        holiday
      }
    }
  }
`);
