import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FormOfAddress } from '@aanwezig/domain';
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

registerEnumType(FormOfAddress, {
  name: 'FormOfAddress',
  description: 'How a parent is addressed in a letter: MRS "mevrouw", MR "meneer", NEUTRAL by full name.',
});

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

  @Field(() => String, { nullable: true, description: 'Null where the school holds the name in one line only.' })
  givenName!: string | null;

  @Field(() => String, { nullable: true, description: 'The tussenvoegsel ("de", "van der"), lower case.' })
  familyNamePrefix!: string | null;

  @Field(() => String, { nullable: true })
  familyName!: string | null;

  @Field(() => FormOfAddress, { nullable: true })
  formOfAddress!: FormOfAddress | null;

  @Field(() => String, { nullable: true, description: 'Street and house number; null when the school holds none.' })
  street!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;
}

export const PupilConnection = ConnectionType(PupilModel, 'Pupil');
