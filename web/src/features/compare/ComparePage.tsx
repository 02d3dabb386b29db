import { Alert, Card, Checkbox, Empty, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PlanSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { CHANGE_COLOURS, changeLabel } from '../../components/change-kinds';
import { PageError, PageLoading } from '../../components/PageState';
import { useI18n } from '../../i18n';
import { usePlan } from '../plans/plan-context';
import { CopyNextYearButton } from '../workflow/CopyNextYearButton';
import { DiffTable } from './DiffTable';
import { defaultOtherPlan } from './other-year';
import {
  DIFF_CHANGES,
  DIFF_ELEMENTS,
  type DiffChange,
  type DiffElement,
  type PlanDiffResponse,
} from './types';

/** Two years of the organisation's plan side by side: what was added, removed, renamed, recoded, changed. */
export default function ComparePage() {
  const { t } = useI18n();
  const { plan, rights } = usePlan();
  const [params, setParams] = useSearchParams();
  const siblings = useApi<{ plans: PlanSummary[] }>(`/api/plans?orgId=${plan.orgId}`);
  const withParam = params.get('with');
  const asked = withParam && /^\d+$/.test(withParam) ? Number(withParam) : null;
  const years = useMemo(
    () => (siblings.data?.plans ?? []).filter((p) => p.orgId === plan.orgId),
    [siblings.data, plan.orgId],
  );
  const other = siblings.data ? defaultOtherPlan(years, plan, asked) : undefined;
  const diff = useApi<PlanDiffResponse>(other ? `/api/plans/${plan.id}/diff?against=${other.id}` : null);
  const [changes, setChanges] = useState<DiffChange[]>(DIFF_CHANGES);
  const [element, setElement] = useState<DiffElement | 'all'>('all');

  if (siblings.error) return <PageError error={siblings.error} onRetry={siblings.reload} />;
  if (!siblings.data) return <PageLoading />;

  if (!other)
    return (
      <Card className="compare-page">
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <Space orientation="vertical" size={4}>
              <Typography.Text strong data-testid="compare-only-one">
                {t.compareOnlyOne}
              </Typography.Text>
              {rights.write && <Typography.Text type="secondary">{t.compareOnlyOneCopy}</Typography.Text>}
            </Space>
          }
        >
          {rights.write && <CopyNextYearButton planId={plan.id} year={plan.year} primary />}
        </Empty>
      </Card>
    );

  const data = diff.data && [diff.data.left.id, diff.data.right.id].includes(other.id) ? diff.data : null;
  const leftYear = data ? t.rocYear(data.left.year) : '';
  const rightYear = data ? t.rocYear(data.right.year) : '';
  const shown = data
    ? data.rows.filter((r) => changes.includes(r.change) && (element === 'all' || r.element === element))
    : [];

  return (
    <div className="compare-page">
      <Space className="compare-toolbar" wrap size={[16, 8]}>
        <Space size={8}>
          <label htmlFor="compare-with">{t.compareWith}</label>
          <Select
            id="compare-with"
            data-testid="compare-with"
            className="compare-with-select"
            value={other.id}
            options={years
              .filter((p) => p.id !== plan.id)
              .sort((a, b) => b.year - a.year)
              .map((p) => ({ value: p.id, label: t.rocYear(p.year) }))}
            onChange={(id: number) => setParams({ with: String(id) })}
          />
        </Space>
        {data && (
          <Typography.Text strong data-testid="compare-years">
            {t.compareYears(leftYear, rightYear)}
          </Typography.Text>
        )}
      </Space>
      {asked !== null && asked !== other.id && (
        <Alert type="warning" showIcon className="compare-notice" title={t.compareOtherOrg} />
      )}
      {diff.error ? (
        <PageError error={diff.error} onRetry={diff.reload} />
      ) : !data ? (
        <PageLoading />
      ) : (
        <Card
          className="compare-card"
          title={<h2 className="card-heading">{t.compareTitle(data.org.name)}</h2>}
          extra={<span data-testid="compare-total">{t.compareTotal(data.counts.total)}</span>}
        >
          <Typography.Paragraph type="secondary">{t.compareHint}</Typography.Paragraph>
          {data.counts.total === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.compareNoChanges} />
          ) : (
            <>
              <div className="compare-filters">
                <fieldset className="compare-fieldset">
                  <legend>{t.compareFilterChange}</legend>
                  <Checkbox.Group<DiffChange>
                    value={changes}
                    onChange={setChanges}
                    options={DIFF_CHANGES.map((c) => ({
                      value: c,
                      disabled: data.counts.byChange[c] === 0,
                      label: (
                        <Tag color={CHANGE_COLOURS[c]} className="compare-count" data-testid={`count-${c}`}>
                          {changeLabel(t, c)} {data.counts.byChange[c]}
                        </Tag>
                      ),
                    }))}
                  />
                </fieldset>
                <Space size={8}>
                  <label htmlFor="compare-element">{t.compareFilterElement}</label>
                  <Select<DiffElement | 'all'>
                    id="compare-element"
                    data-testid="compare-element"
                    className="compare-element-select"
                    value={element}
                    onChange={setElement}
                    options={[
                      { value: 'all', label: t.compareAllElements },
                      ...DIFF_ELEMENTS.filter((e) => data.counts.byElement[e] > 0).map((e) => ({
                        value: e,
                        label: t.compareGroup(t.elementKind(e), data.counts.byElement[e]),
                      })),
                    ]}
                  />
                </Space>
              </div>
              {shown.length === 0 && (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.compareNoneShown} />
              )}
              {DIFF_ELEMENTS.map((e) => {
                const rows = shown.filter((r) => r.element === e);
                if (rows.length === 0) return null;
                const caption = t.compareGroup(t.elementKind(e), rows.length);
                return (
                  <section key={e} className="compare-group" data-testid="compare-group" data-element={e}>
                    <Typography.Title level={3} className="compare-group-title">
                      {caption}
                    </Typography.Title>
                    <DiffTable rows={rows} leftYear={leftYear} rightYear={rightYear} caption={caption} />
                  </section>
                );
              })}
            </>
          )}
        </Card>
      )}
    </div>
  );
}
