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
