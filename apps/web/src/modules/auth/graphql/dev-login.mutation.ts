import { graphql } from '../../../generated';

export const DevLoginMutation = graphql(`
  mutation DevLogin($email: String!) {
    devLogin(email: $email) {
      token
      user {
        id
        name
      }
    }
  }
`);
