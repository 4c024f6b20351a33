import { graphql } from '../../../generated';

export const SavedViewsQuery = graphql(`
  query SavedViews {
    savedViews {
      id
      name
      filter {
        status
        category
        typology
        tier
        schoolId
        actionOwnerId
        overdue
      }
    }
  }
`);
