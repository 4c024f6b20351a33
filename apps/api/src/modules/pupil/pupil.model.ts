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
}

export const PupilConnection = ConnectionType(PupilModel, 'Pupil');
