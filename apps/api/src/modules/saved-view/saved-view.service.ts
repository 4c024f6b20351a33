import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Session } from '../../core/auth/request-context';
import type { CaseFilter } from '../case/dto/case.input';
import { isUuid } from '../../core/database/uuid';
import { SavedViewEntity } from './saved-view.entity';
import type { SavedViewModel } from './saved-view.model';
import { savedViewNotFound, tooManySavedViews } from './saved-view.errors';
import { keptFilter, savedViewName } from './dto/saved-view.input';

export const MAX_SAVED_VIEWS = 20;

@Injectable()
export class SavedViewService {
  constructor(private readonly dataSource: DataSource) {}

  async list(session: Session): Promise<SavedViewModel[]> {
    const views = await this.dataSource
      .getRepository(SavedViewEntity)
      .find({ where: { userId: session.actor.userId }, order: { name: 'ASC' } });
    return views.map(toModel);
  }

  /** Saves the filter under its name; the same name again replaces that view's filter. */
  async save(session: Session, name: string, filter: CaseFilter): Promise<SavedViewModel> {
    const title = savedViewName(name);
    const kept = keptFilter(filter);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(SavedViewEntity);
      // One user's saves are serialised, so the limit below holds under concurrent saves too.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('saved_view:' || $1))`, [session.actor.userId]);
      const existing = await repository.findOne({ where: { userId: session.actor.userId, name: title } });
      if (existing) return toModel(await repository.save({ ...existing, filter: kept }));
      if ((await repository.count({ where: { userId: session.actor.userId } })) >= MAX_SAVED_VIEWS) {
        throw tooManySavedViews(MAX_SAVED_VIEWS);
      }
      return toModel(
        await repository.save(repository.create({ userId: session.actor.userId, name: title, filter: kept })),
      );
    });
  }

  async remove(session: Session, id: string): Promise<boolean> {
    const { affected } = !isUuid(id)
      ? { affected: 0 }
      : await this.dataSource.getRepository(SavedViewEntity).delete({ id, userId: session.actor.userId });
    // Someone else's view is as unknown as one that never existed.
    if (!affected) throw savedViewNotFound();
    return true;
  }
}

function toModel(view: SavedViewEntity): SavedViewModel {
  return { id: view.id, name: view.name, filter: view.filter };
}
