import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConsentMethod, DataCategory } from '@aanwezig/domain';
import { GraphQLISODateTime } from '@nestjs/graphql';
import '../../core/graphql/enums';
import { ShieldModel } from '../../core/graphql/shield.model';
import { OrganisationModel } from '../organisation/organisation.model';
import { PersonModel } from '../user/user-summary.model';

registerEnumType(ConsentMethod, { name: 'ConsentMethod' });

@ObjectType('Guardian', { description: 'A parent or carer; consent needs every one who holds parental authority.' })
export class GuardianModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  relation!: string;

  @Field()
  hasParentalAuthority!: boolean;
}

@ObjectType('Consent')
export class ConsentModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Given by the pupil (12 and older).' })
  givenByPupil!: boolean;

  @Field(() => [GuardianModel], { nullable: true, description: 'The parents with authority who gave it.' })
  guardians!: GuardianModel[] | null;

  @Field(() => PersonModel, {
    nullable: true,
    description:
      'Shielded (null) for a reader who may not see the case’s school and partners: a name tells which organisation works on it.',
  })
  recordedBy!: PersonModel | null;

  @Field(() => ConsentMethod)
  method!: ConsentMethod;

  @Field(() => [DataCategory])
  categories!: DataCategory[];

  @Field(() => [OrganisationModel], { description: 'Who may see those categories under this consent.' })
  organisations!: OrganisationModel[];

  @Field()
  purpose!: string;

  @Field({ description: 'YYYY-MM-DD' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; open-ended when null' })
  validUntil!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => PersonModel, { nullable: true })
  withdrawnBy!: PersonModel | null;

  @Field({ description: 'In force today: started, not expired, not withdrawn.' })
  active!: boolean;

  @Field(() => [ShieldModel])
  shielded!: ShieldModel[];
}

@ObjectType('ConsentRecording', {
  description:
    'What you may record a consent for on this case. A consent is recorded by the organisation that holds the data it discloses (the school for school data, the GGD for its advice), never for an organisation you work for.',
})
export class ConsentRecordingModel {
  @Field(() => [DataCategory], {
    description: 'The categories your organisation holds of this pupil; empty when you record no consent here.',
  })
  categories!: DataCategory[];

  @Field(() => [OrganisationModel], {
    description:
      "The organisations you may name as recipients: the partners of the region and the pupil's school, never your own.",
  })
  recipients!: OrganisationModel[];
}
