import { graphql } from '../../generated';

/**
 * The selection of every `shielded` list (CONTRACT.md: `Shield = { field, reason }`): which field is
 * withheld and why, so the screen says so instead of showing nothing. Spread it as `...ShieldedFields`.
 */
export const ShieldedFields = graphql(`
  fragment ShieldedFields on Shield {
    field
    reason
  }
`);
