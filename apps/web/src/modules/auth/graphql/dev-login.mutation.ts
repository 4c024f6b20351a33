import { graphql } from '../../../generated';

/** The token in the answer is for API clients; the page does not ask for it (the server sets the session cookie). */
export const DevLoginMutation = graphql(`
  mutation DevLogin($email: String!) {
    devLogin(email: $email) {
      user {
        id
        name
      }
    }
  }
`);
