import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Capabilities', {
  description:
    'What you may do at all, from the same rules the API decides with (each record is still decided on its own).',
})
export class CapabilitiesModel {
  @Field({ description: 'Cases and meetings: you work on pupils’ cases.' })
  readCases!: boolean;

  @Field({ description: 'Signals of the protocol reach you.' })
  receiveSignals!: boolean;

  @Field({ description: 'You read the MSA report.' })
  readReport!: boolean;

  @Field({ description: 'You take a census (peildatum) for the MSA report.' })
  takeCensus!: boolean;

  @Field({ description: 'You write letters to parents.' })
  writeLetters!: boolean;

  @Field({ description: 'You import absence registrations.' })
  importAbsences!: boolean;

  @Field({ description: 'You read the audit trail and answer subject-access requests.' })
  readAuditTrail!: boolean;

  @Field({
    description: 'You read the sign-in log (signInEvents): your organisation’s, or as administrator the region’s.',
  })
  readSignInLog!: boolean;

  @Field({ description: 'You change the region’s protocol.' })
  changeProtocol!: boolean;

  @Field(() => [ID], { description: 'The schools whose follow-up you run (cases, meetings, consents, signals).' })
  managedSchoolIds!: string[];

  @Field(() => [ID], {
    description: 'The organisations for which you write jeugdarts advice (on cases they are involved in).',
  })
  adviceOrganisationIds!: string[];
}
