import { count, defineMessage } from './define';

/** Organisations (the city, its bureaus and their agencies): creating, renaming, moving, deleting. */
export const orgMessages = {
  'org.name_required': defineMessage({
    kind: 'validation',
    en: () => 'name must not be empty',
    zh: () => '機關名稱不可空白',
    example: {},
  }),
  'org.name_too_long': defineMessage({
    kind: 'validation',
    en: (p: { maximum: number }) => `name must be at most ${count(p.maximum)} characters`,
    zh: (p) => `機關名稱最多 ${count(p.maximum)} 個字`,
    example: { maximum: 200 },
  }),
  'org.name_taken': defineMessage({
    kind: 'conflict',
    en: (p: { name: string }) => `an organisation named ${p.name} already exists`,
    zh: (p) => `已有名為「${p.name}」的機關`,
    example: { name: '臺北市政府教育局' },
  }),
  'org.unknown_name': defineMessage({
    kind: 'not_found',
    en: (p: { name: string }) => `no organisation is named "${p.name}"`,
    zh: (p) => `沒有名為「${p.name}」的機關`,
    example: { name: '臺北市政府教育局' },
  }),
  'org.parent_not_found': defineMessage({
    kind: 'validation',
    en: (p: { id: number }) => `parent organisation ${p.id} does not exist`,
    zh: (p) => `上級機關 ${p.id} 不存在`,
    example: { id: 42 },
  }),
  'org.parent_is_self': defineMessage({
    kind: 'validation',
    en: () => 'an organisation cannot be its own parent',
    zh: () => '機關不能是自己的上級機關',
    example: {},
  }),
  'org.parent_is_descendant': defineMessage({
    kind: 'validation',
    en: () => 'an organisation cannot be placed under one of its own descendants',
    zh: () => '機關不能放在自己的下級機關之下',
    example: {},
  }),
  'org.not_empty': defineMessage({
    kind: 'conflict',
    en: (p: { name: string; children: number; plans: number }) =>
      `${p.name} still has ${count(p.children)} sub-organisation(s) and ${count(p.plans)} plan(s); remove those first`,
    zh: (p) => `「${p.name}」底下仍有 ${count(p.children)} 個下級機關及 ${count(p.plans)} 份計畫；請先移除`,
    example: { name: '臺北市政府教育局', children: 2, plans: 1 },
  }),
} as const;
