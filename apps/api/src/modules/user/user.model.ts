import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@aanwezig/domain';
import { OrganisationModel } from '../organisation/organisation.model';
import '../../core/graphql/enums';

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => Role)
  role!: Role;

  @Field(() => OrganisationModel)
  organisation!: OrganisationModel;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => [MembershipModel], { description: 'Every membership the user holds, whichever one they work as.' })
  memberships!: MembershipModel[];

  @Field(() => MembershipModel, {
    nullable: true,
    description: 'The one membership this session works as (actAs); null: all memberships together.',
  })
  actingAs!: MembershipModel | null;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Bearer token for the Authorization header and the socket.io handshake.' })
  token!: string;

  @Field(() => UserModel)
  user!: UserModel;
}

@ObjectType('DemoUser', { description: 'A demo account offered on the sign-in page while dev login is on.' })
export class DemoUserModel {
  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  organisationName!: string;
}

@ObjectType('Colleague', { description: 'A professional in your region, to invite to a meeting or to own an action.' })
export class ColleagueModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  organisationName!: string;
}
