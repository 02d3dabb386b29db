import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n';
import { CascadeBranch, ObjectiveList } from './CascadeBranch';
import type { CascadeRootTheme, NamedOrg } from './types';

function countNodes(theme: { children: CascadeRootTheme['children'] }): number {
  return theme.children.reduce((n, c) => n + 1 + countNodes(c), 0);
}

/**
 * A lead or member organisation: green when it takes the theme up, orange when it has a plan of
 * the year that does not yet; plain otherwise (the title says why: no plan, or not in the directory).
 */
function NamedOrgTag({ named, year }: { named: NamedOrg; year: number }) {
  const { t } = useI18n();
  const state = named.takesUp
    ? t.cascadeNamedTakesUp
    : named.orgId === null
      ? t.cascadeNamedUnknown
      : named.planId === null
        ? t.cascadeNamedNoPlan(t.rocYear(year))
        : t.cascadeNamedNotYet;
  const pending = !named.takesUp && named.planId !== null;
  return (
    <Tag
      className="cascade-named"
      color={named.takesUp ? 'green' : pending ? 'orange' : undefined}
      title={t.labelled(named.name, state)}
      data-testid="cascade-named"
      data-state={named.takesUp ? 'takes-up' : pending ? 'pending' : 'none'}
    >
      {named.takesUp && <CheckCircleOutlined aria-hidden />}{' '}
      {named.planId ? <Link to={`/plans/${named.planId}`}>{named.name}</Link> : named.name}
      {(named.takesUp || pending) && <span className="cascade-named-state">・{state}</span>}
      {!named.takesUp && !pending && <span className="cascade-sr-only">{t.aside(state)}</span>}
    </Tag>
  );
}

function NamedOrgs({ named, year }: { named: NamedOrg[]; year: number }) {
  const { t } = useI18n();
  const rows = [
    { label: t.leadBureau, list: named.filter((n) => n.role === 'lead') },
    { label: t.memberBureaus, list: named.filter((n) => n.role === 'member') },
  ].filter((r) => r.list.length > 0);
  return (
    <dl className="cascade-named-list" aria-label={t.cascadeNamed}>
      {rows.map((r) => (
        <div key={r.label} className="cascade-named-row">
          <dt>{r.label}</dt>
          <dd>
            {r.list.map((n) => (
              <NamedOrgTag key={n.name} named={n} year={year} />
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One theme of the chosen plan: its objectives, the organisations it names, and who takes it up. */
export function CascadeThemeCard({
  theme,
  year,
  planId,
}: {
  theme: CascadeRootTheme;
  year: number;
  planId: number;
}) {
  const { t } = useI18n();
  const taken = countNodes(theme);
  return (
    <Card
      id={`cascade-theme-${theme.letter}`}
      className="cascade-theme"
      data-testid="cascade-theme"
      data-letter={theme.letter}
      title={
        <Space size={[8, 4]} wrap>
          <h2 className="card-heading cascade-theme-title">
            <span className="theme-letter">{theme.letter}</span> {theme.name}
          </h2>
          {taken > 0 ? (
            <Tag color="green">{t.cascadeTakenBy(taken)}</Tag>
          ) : (
            <Tag color="red" icon={<ExclamationCircleOutlined />}>
              {t.cascadeNoOne}
            </Tag>
          )}
        </Space>
      }
      extra={
        <Link to={`/plans/${planId}/scorecards/${encodeURIComponent(theme.letter)}`}>{t.tabScorecards}</Link>
      }
    >
      <ObjectiveList objectives={theme.objectives} />
      {theme.named.length > 0 && <NamedOrgs named={theme.named} year={year} />}
      {taken > 0 && (
        <div className="cascade-takers">
          <Typography.Title level={3} className="cascade-takers-title">
            {t.cascadeTakers}
          </Typography.Title>
          <CascadeBranch nodes={theme.children} year={year} />
        </div>
      )}
    </Card>
  );
}
