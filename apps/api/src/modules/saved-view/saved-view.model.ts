import { Field, ID, ObjectType, OmitType } from '@nestjs/graphql';
import { CaseFilter } from '../case/dto/case.input';

/** The filter a view keeps: every case-list filter except the free-text search (it may name a pupil). */
@ObjectType('SavedCaseFilter')
export class SavedCaseFilter extends OmitType(CaseFilter, ['search'] as const, ObjectType) {}

@ObjectType('SavedView', { description: 'A named filter of the case list, kept for the user who saved it.' })
export class SavedViewModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => SavedCaseFilter)
  filter!: SavedCaseFilter;
}
