import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LetterLanguage, LetterTemplate } from '@aanwezig/domain';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { SendLetterInput } from './dto/send-letter.input';
import { LetterDraftModel, LetterModel } from './letter.model';
import { LetterService } from './letter.service';

@Resolver(() => LetterModel)
export class LetterResolver {
  constructor(private readonly letters: LetterService) {}

  @Query(() => LetterDraftModel, {
    description:
      'A first draft of a letter to the parents, filled with the case’s real numbers; edit it before sending.',
  })
  @Allow('read', 'Case')
  draftLetter(
    @CurrentSession() session: Session,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('template', { type: () => LetterTemplate }) template: LetterTemplate,
    @Args('language', { type: () => LetterLanguage, defaultValue: LetterLanguage.NL }) language: LetterLanguage,
  ) {
    return this.letters.draft(session, caseId, template, language);
  }

  @Mutation(() => LetterModel, {
    description: 'Stores the (edited) letter on the case timeline and mails it, or keeps it for download as PDF.',
  })
  @Allow('read', 'Case')
  sendLetter(@CurrentSession() session: Session, @Args('input') input: SendLetterInput) {
    return this.letters.send(session, input);
  }
}
