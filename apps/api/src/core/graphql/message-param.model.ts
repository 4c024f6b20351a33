import { Field, ObjectType } from '@nestjs/graphql';
import type { MessageParams } from '@aanwezig/messages';

@ObjectType('MessageParam', {
  description: 'One parameter of a text in the message catalogue (@aanwezig/messages); the client puts it into words.',
})
export class MessageParamModel {
  @Field()
  name!: string;

  @Field()
  value!: string;
}

export function toMessageParams(params: MessageParams): MessageParamModel[] {
  return Object.entries(params).map(([name, value]) => ({ name, value: String(value) }));
}
