import { Module } from '@nestjs/common';
import { SavedViewResolver } from './saved-view.resolver';
import { SavedViewService } from './saved-view.service';

@Module({ providers: [SavedViewService, SavedViewResolver] })
export class SavedViewModule {}
