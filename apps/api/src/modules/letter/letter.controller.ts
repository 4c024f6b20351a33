import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { sendDownload } from '../../core/http/download';
import { letterPdf } from './letter-pdf';
import { LetterService } from './letter.service';

@Controller('letters')
export class LetterController {
  constructor(private readonly letters: LetterService) {}

  @Get(':id/pdf')
  @Allow('read', 'Case')
  async pdf(@CurrentSession() session: Session, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { letter, schoolName } = await this.letters.readable(session, id);
    sendDownload(
      res,
      await letterPdf(letter, schoolName),
      'application/pdf',
      `brief-${letter.sentAt.toISOString().slice(0, 10)}.pdf`,
    );
  }
}
