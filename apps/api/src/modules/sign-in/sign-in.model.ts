import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('IdentityProvider', {
  description: "An organisation's OpenID Provider setting; the client secret never leaves the server.",
})
export class IdentityProviderModel {
  @Field()
  issuer!: string;

  @Field()
  clientId!: string;

  @Field()
  emailClaim!: string;

  @Field(() => [String])
  domains!: string[];

  @Field()
  requireMfa!: boolean;

  @Field()
  updatedAt!: Date;
}

@ObjectType('SignInOrganisation', { description: 'An organisation whose people sign in through its own provider.' })
export class SignInOrganisationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('SignInEvent', {
  description: 'One sign-in attempt: who (as far as known), when, from where, and what came of it.',
})
export class SignInEventModel {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "The account's name, when the attempt was matched to one." })
  userName!: string | null;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field({ description: 'DEV (demo sign-in) or OIDC.' })
  method!: string;

  @Field(() => String, { nullable: true })
  issuer!: string | null;

  @Field({ description: 'SIGNED_IN, REFUSED or FAILED.' })
  outcome!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was refused or failed (not-invited, mfa-required, ...).',
  })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;
}
