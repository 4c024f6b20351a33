import { Module } from '@nestjs/common';
import { PupilResolver } from './pupil.resolver';
import { PupilService } from './pupil.service';

@Module({ providers: [PupilService, PupilResolver] })
export class PupilModule {}
