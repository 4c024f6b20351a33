import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, RuleKey, SignalRoute } from '@aanwezig/domain';
import '../../core/graphql/enums';

registerEnumType(RuleKey, { name: 'RuleKey' });
registerEnumType(SignalRoute, {
  name: 'SignalRoute',
  description: 'LEGAL: leerplicht; MEDICAL: school care route, then jeugdarts; SCHOOL: SAT or mentor',
});

@ObjectType('ProtocolRule', {
  description: 'One step of "wie doet wat": at which threshold who hears what, on which basis.',
})
export class ProtocolRuleModel {
  @Field(() => RuleKey)
  key!: RuleKey;

  @Field()
  label!: string;

  @Field(() => Float)
  threshold!: number;

  @Field(() => Int, { nullable: true, description: 'School weeks looked back; null is the school year so far.' })
  windowSchoolWeeks!: number | null;

  @Field(() => SignalRoute)
  route!: SignalRoute;

  @Field(() => Role, { description: 'Who hears first.' })
  recipient!: Role;

  @Field()
  enabled!: boolean;

  @Field({ description: 'The law behind it is not in force yet; off until the region switches it on.' })
  awaitingLaw!: boolean;

  @Field()
  basis!: string;
}
