import { graphql } from '../../../generated';

export const UpdateProtocolRuleMutation = graphql(`
  mutation UpdateProtocolRule($key: RuleKey!, $input: UpdateProtocolRuleInput!) {
    updateProtocolRule(key: $key, input: $input) {
      key
      threshold
      windowSchoolWeeks
      enabled
    }
  }
`);
