import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import { DEFAULT_PROTOCOL, RuleKey, ruleLabel } from '@aanwezig/domain';
import type { Session } from '../../core/auth/request-context';
import { checkProtocolRuleChange, type UpdateProtocolRuleInput } from './dto/update-protocol-rule.input';
import type { ProtocolRuleModel } from './protocol.model';
import { onlyAdministratorChangesProtocol, ruleNotFound } from './protocol.errors';
import { ProtocolRuleChangeEntity, ProtocolRuleEntity } from './protocol-rule.entity';

@Injectable()
export class ProtocolService {
  constructor(private readonly dataSource: DataSource) {}

  /** The region's protocol in the order of DEFAULT_PROTOCOL (the order the flow diagram draws). */
  async list(session: Session): Promise<ProtocolRuleModel[]> {
    const rules = await this.dataSource.getRepository(ProtocolRuleEntity).findBy({ regionId: session.actor.regionId });
    const byKey = new Map(rules.map((r) => [r.key, r]));
    return DEFAULT_PROTOCOL.filter((d) => byKey.has(d.key)).map((d) => toModel(byKey.get(d.key)!));
  }

  /** The region's administrator changes a threshold, window or switch; the change is kept with before and after. */
  async update(session: Session, key: RuleKey, input: UpdateProtocolRuleInput): Promise<ProtocolRuleModel> {
    if (!session.ability.can('update', subject('Protocol', { regionId: session.actor.regionId }))) {
      throw onlyAdministratorChangesProtocol();
    }
    return this.dataSource.transaction(async (manager) => {
      const rule = await manager.findOne(ProtocolRuleEntity, {
        where: { regionId: session.actor.regionId, key },
        lock: { mode: 'pessimistic_write' },
      });
      if (!rule) throw ruleNotFound();
      checkProtocolRuleChange(key, rule, input);
      const before = snapshot(rule);
      if (input.threshold !== undefined && input.threshold !== null) rule.threshold = input.threshold;
      if (input.windowSchoolWeeks !== undefined && input.windowSchoolWeeks !== null)
        rule.windowSchoolWeeks = input.windowSchoolWeeks;
      if (input.enabled !== undefined && input.enabled !== null) rule.enabled = input.enabled;
      rule.updatedBy = session.actor.userId;
      const saved = await manager.save(rule);
      await manager.save(
        manager.create(ProtocolRuleChangeEntity, {
          regionId: rule.regionId,
          key,
          changedBy: session.actor.userId,
          before,
          after: snapshot(saved),
        }),
      );
      return toModel(saved);
    });
  }
}

function snapshot(rule: ProtocolRuleEntity) {
  return { threshold: rule.threshold, windowSchoolWeeks: rule.windowSchoolWeeks, enabled: rule.enabled };
}

function toModel(rule: ProtocolRuleEntity): ProtocolRuleModel {
  const defaults = DEFAULT_PROTOCOL.find((d) => d.key === rule.key)!;
  return {
    key: rule.key,
    label: ruleLabel(rule.key, rule),
    basis: defaults.basis,
    threshold: rule.threshold,
    windowSchoolWeeks: rule.windowSchoolWeeks,
    route: rule.route,
    recipient: rule.recipient,
    enabled: rule.enabled,
    awaitingLaw: rule.awaitingLaw,
  };
}
