import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../core/graphql/pagination';
import { NotificationKind } from './notification.entity';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('Notification', {
  description:
    'A message for you in the app: a neutral sentence for its kind, naming no pupil and quoting no content, and the ids of the record it is about (read that through its own query).',
})
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => ID, { nullable: true })
  signalId!: string | null;

  @Field(() => ID, { nullable: true })
  actionId!: string | null;

  @Field(() => ID, { nullable: true })
  meetingId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt!: Date | null;
}

export const NotificationConnection = ConnectionType(NotificationModel, 'Notification');
