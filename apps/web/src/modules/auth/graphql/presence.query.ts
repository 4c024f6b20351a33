import { graphql } from '../../../generated';

/**
 * The cheapest authenticated request there is, sent only to tell the server the person is still at work
 * (every request touches the session). Its own document, so its answer reaches no one reading `Me`.
 */
export const PresenceQuery = graphql(`
  query Presence {
    me {
      id
    }
  }
`);
