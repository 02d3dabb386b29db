import type { Action, Grant } from '../authz';
import { ROLE_NAMES } from '../authz';
import { defineMessage, type Lang } from './define';

const ACTION_TEXT: Record<Action, Record<Lang, string>> = {
  'plan.read': { en: 'read plans of', zh: '檢視計畫' },
  'plan.write': { en: 'change plans of', zh: '修改計畫' },
  'plan.submit': { en: 'submit plans of', zh: '送出計畫' },
  'plan.review': { en: 'review and approve plans of', zh: '審查及核定計畫' },
  'plan.comment': { en: 'comment on plans of', zh: '對計畫提出意見' },
  'results.write': { en: 'enter results for', zh: '填報實績' },
  'org.manage': { en: 'manage organisations', zh: '管理機關' },
  'user.manage': { en: 'manage accounts and settings', zh: '管理帳號及設定' },
};

type GrantParam = { role: Grant['role']; orgId: number | null };

function grantsText(grants: readonly GrantParam[], lang: Lang): string {
  if (grants.length === 0) return lang === 'en' ? 'no roles' : '無任何角色';
  return grants
    .map((g) =>
      lang === 'en'
        ? `${ROLE_NAMES[g.role].en}${g.orgId === null ? '' : ` of organisation ${g.orgId}`}`
        : `${g.orgId === null ? '' : `機關 ${g.orgId} 的`}${ROLE_NAMES[g.role].zh}`,
    )
    .join(lang === 'en' ? ', ' : '、');
}

type ForbiddenParams = {
  who: string;
  action: Action;
  /** The organisation acted on (null: the action is not about one), named when the caller knows its name. */
  orgId: number | null;
  org: string | null;
  grants: readonly GrantParam[];
};

function targetText(p: ForbiddenParams, lang: Lang): string {
  if (p.orgId === null) return '';
  if (lang === 'en') return ` ${p.org ?? `organisation ${p.orgId}`}`;
  return `對「${p.org ?? `機關 ${p.orgId}`}」`;
}

/** Who may do what: the refusals of `authorize` and of the sign-in checks. */
export const authMessages = {
  'auth.sign_in_first': defineMessage({
    kind: 'unauthorized',
    en: () => 'sign in first: this needs an account (or an API token)',
    zh: () => '請先登入：這需要帳號（或 API 權杖）',
    example: {},
  }),
  'auth.no_such_account': defineMessage({
    kind: 'unauthorized',
    en: (p: { login: string }) => `${p.login}: no such active account`,
    zh: (p) => `${p.login}：沒有這個啟用中的帳號`,
    example: { login: 'wang.xm' },
  }),
  'auth.forbidden': defineMessage({
    kind: 'forbidden',
    en: (p: ForbiddenParams) =>
      `${p.who} may not ${ACTION_TEXT[p.action].en}${targetText(p, 'en')} (has: ${grantsText(p.grants, 'en')})`,
    zh: (p) =>
      `${p.who} 無權${targetText(p, 'zh')}${ACTION_TEXT[p.action].zh}（目前角色：${grantsText(p.grants, 'zh')}）`,
    example: {
      who: '王小明',
      action: 'plan.write',
      orgId: 3,
      org: '臺北市政府教育局',
      grants: [{ role: 'viewer', orgId: 3 }],
    },
  }),
} as const;
