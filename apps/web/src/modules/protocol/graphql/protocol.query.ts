import { graphql } from '../../../generated';

export const ProtocolQuery = graphql(`
  query Protocol {
    protocol {
      key
      label
      basis
      route
      recipient
      threshold
      windowSchoolWeeks
      enabled
      awaitingLaw
    }
  }
`);
