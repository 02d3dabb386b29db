import { defineMessage } from './define';
import { type Entity, entityName } from './entities';

/** Refusals every area shares: a row that is gone, a row changed since it was read. */
export const commonMessages = {
  'common.not_found': defineMessage({
    kind: 'not_found',
    en: (p: { entity: Entity; id: number | string }) =>
      `${entityName(p.entity, 'en')} ${p.id} does not exist`,
    zh: (p) => `${entityName(p.entity, 'zh')} ${p.id} 不存在（可能已被刪除）`,
    example: { entity: 'organisation', id: 12 },
  }),
  'common.stale_version': defineMessage({
    kind: 'conflict',
    en: (p: { entity: Entity; id: number | string; current: number }) =>
      `${entityName(p.entity, 'en')} ${p.id} was changed by someone else since you loaded it (now version ${p.current}); reload and apply your change again`,
    zh: (p) =>
      `${entityName(p.entity, 'zh')} ${p.id} 在您載入後已被他人修改（目前為第 ${p.current} 版）；請重新載入後再修改一次`,
    example: { entity: 'organisation', id: 12, current: 4 },
  }),
} as const;
