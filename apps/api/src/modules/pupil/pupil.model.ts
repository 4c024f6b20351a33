import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationModel } from '../organisation/organisation.model';
import { ConnectionType } from '../../core/graphql/pagination';

@ObjectType('Pupil')
export class PupilModel {
  @Field(() => ID)
  id!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field({ description: 'Given and family name, as shown on screen.' })
  displayName!: string;

  @Field({ description: 'YYYY-MM-DD' })
  dateOfBirth!: string;

  @Field({ description: 'Class or group.' })
  groupName!: string;

  @Field({ description: "The school's pupil number." })
  pupilNumber!: string;

  @Field(() => OrganisationModel)
  school!: OrganisationModel;

  @Field(() => [ParentModel], {
    description: 'Parents and carers (names and who has parental authority), e.g. for recording consent.',
  })
  guardians?: ParentModel[];
}

@ObjectType('Parent', { description: 'A parent or carer of a pupil; shown wherever the pupil is.' })
export class ParentModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'moeder, vader, voogd …' })
  relation!: string;

  @Field()
  hasParentalAuthority!: boolean;
}

export const PupilConnection = ConnectionType(PupilModel, 'Pupil');
