import { graphql } from '../../../generated';

export const SaveViewMutation = graphql(`
  mutation SaveView($name: String!, $filter: CaseFilter!) {
    saveView(name: $name, filter: $filter) {
      id
      name
    }
  }
`);
