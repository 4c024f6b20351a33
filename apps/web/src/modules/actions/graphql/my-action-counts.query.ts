import { graphql } from '../../../generated';

/** How many of my actions are open and how many overdue: counts only. */
export const MyActionCountsQuery = graphql(`
  query MyActionCounts {
    myActionCounts {
      open
      overdue
    }
  }
`);
