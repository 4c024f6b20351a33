import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ShieldReason = {
  NO_CONSENT: 'NO_CONSENT',
  NOT_INVOLVED: 'NOT_INVOLVED',
  NOT_PERMITTED: 'NOT_PERMITTED',
} as const;
registerEnumType(ShieldReason, { name: 'ShieldReason' });

@ObjectType('Shield', { description: 'A field that resolved to null because the viewer may not see it, and why.' })
export class ShieldModel {
  @Field()
  field!: string;

  @Field(() => ShieldReason)
  reason!: keyof typeof ShieldReason;
}
