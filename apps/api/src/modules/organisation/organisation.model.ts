import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationKind, SchoolSector } from '@aanwezig/domain';
import '../../core/graphql/enums';

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => SchoolSector, { nullable: true, description: 'Only for schools.' })
  sector!: SchoolSector | null;
}

@ObjectType('Region')
export class RegionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}
