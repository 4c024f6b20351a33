import { graphql } from '../../../generated';

export const OrganisationsQuery = graphql(`
  query Organisations {
    region {
      id
      name
    }
    organisations {
      id
      name
      kind
      sector
    }
  }
`);
