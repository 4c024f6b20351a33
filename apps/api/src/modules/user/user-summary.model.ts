import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A colleague as others see them: name only, never their memberships or e-mail. */
@ObjectType('Person')
export class PersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}
