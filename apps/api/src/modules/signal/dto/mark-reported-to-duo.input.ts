import { Field, InputType } from '@nestjs/graphql';

@InputType('MarkReportedToDuoInput')
export class MarkReportedToDuoInput {
  @Field({ description: 'YYYY-MM-DD: the day it was reported (not in the future).' })
  reportedOn!: string;

  @Field({ description: "DUO's reference for the report." })
  reference!: string;
}
