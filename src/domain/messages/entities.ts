import type { Lang } from './define';

/**
 * The things messages name by kind ("organisation 3 does not exist"), in both languages. The
 * English words are the ones the audit trail and older messages use.
 */
export const ENTITY_NAMES = {
  organisation: { en: 'organisation', zh: '機關' },
  plan: { en: 'plan', zh: '計畫' },
  theme: { en: 'theme', zh: '策略主題' },
  objective: { en: 'objective', zh: '策略目標' },
  ksf: { en: 'ksf', zh: '關鍵成功因素' },
  kpi: { en: 'kpi', zh: '績效指標' },
  action: { en: 'action', zh: '行動方案' },
  link: { en: 'link', zh: '因果連結' },
  actual: { en: 'actual', zh: '實績' },
  user: { en: 'user', zh: '帳號' },
  comment: { en: 'comment', zh: '審查意見' },
  token: { en: 'token', zh: 'API 權杖' },
} as const satisfies Record<string, Record<Lang, string>>;

export type Entity = keyof typeof ENTITY_NAMES;

export function isEntity(value: string): value is Entity {
  return Object.hasOwn(ENTITY_NAMES, value);
}

export function entityName(entity: Entity, lang: Lang): string {
  return ENTITY_NAMES[entity][lang];
}
