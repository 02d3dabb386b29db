import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { parseCode } from '../../../../src/domain/codes';
import type { PlanDocument } from '../../../../src/domain/plan-document';
import { useApi } from '../../api/use-api';
import { PageError, PageLoading } from '../../components/PageState';
import { useI18n } from '../../i18n';
import { useLinkMode } from '../editing/LinkMode';
import { FindingsList } from '../plans/FindingsList';
import { perspectiveOrder } from '../plans/model';
import { usePlan } from '../plans/plan-context';
import { PeriodSelect } from '../tracking/PeriodSelect';
import { usePeriod } from '../tracking/use-period';
import { ObjectiveDrawer } from './ObjectiveDrawer';
import { StrategyMap } from './StrategyMap';
import { useMapLights } from './use-map-lights';
import { useParentThemeNames } from './use-parent-themes';
import { useSteppedWidth } from './use-width';

export default function MapPage() {
  const { t, locale } = useI18n();
  const { plan, index, findings } = usePlan();
  const document = useApi<PlanDocument>(`/api/plans/${plan.id}/document`);
  const parentThemeNames = useParentThemeNames(plan);
  const [params, setParams] = useSearchParams();
  const [fit, setFit] = useState(true);
  const frame = useRef<HTMLDivElement>(null);
  const width = useSteppedWidth(frame);
  const open = params.get('objective');
  const [period, setPeriod] = usePeriod(plan.year);
  const lights = useMapLights(plan.id, period);
  const linking = useLinkMode(plan);
  // The map is drawn from the plan's document: fetch it again whenever the plan was changed.
  const drawnAt = useRef(plan.updatedAt);
  const { reload: reloadDocument } = document;
  useEffect(() => {
    if (drawnAt.current === plan.updatedAt) return;
    drawnAt.current = plan.updatedAt;
    reloadDocument();
  }, [plan.updatedAt, reloadDocument]);

  const findingsData = findings.data;
  const allFindings = useMemo(() => findingsData?.findings ?? [], [findingsData]);
  // Findings on KPIs and actions mark the objective they belong to.
  const highlight = useMemo(() => {
    const codes = new Set<string>();
    for (const f of allFindings) {
      for (const c of f.codes) {
        const objective = parseCode(c)?.objectiveCode;
        if (objective && index.objectiveByCode(objective)) codes.add(objective);
      }
    }
    return [...codes].sort();
  }, [allFindings, index]);
  const order = useMemo(() => perspectiveOrder(plan), [plan]);

  const setOpen = useCallback(
    (code: string | null) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          if (code) next.set('objective', code);
          else next.delete('objective');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const objectiveLabel = useCallback((code: string, name: string) => `${code} ${name}`, []);

  return (
    <div className="map-page">
      <div className="map-toolbar no-print">
        <Typography.Text type="secondary" className="map-hint">
          {linking.linkEditing ? t.mapHintEdit : t.mapHintView}
        </Typography.Text>
        <Segmented
          aria-label={t.mapTitle}
          value={fit ? 'fit' : 'actual'}
          onChange={(v) => setFit(v === 'fit')}
          options={[
            { value: 'fit', label: t.mapFit },
            { value: 'actual', label: t.mapActual },
          ]}
        />
        <span className="map-period">
          <Typography.Text>{t.mapLightsFor}</Typography.Text>
          <PeriodSelect year={plan.year} value={period} onChange={setPeriod} />
        </span>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t.mapPrint}
        </Button>
        {linking.toggle}
      </div>
      {linking.notice}
      {highlight.length > 0 && (
        <Alert
          className="map-highlight-note no-print"
          type="warning"
          showIcon
          title={t.mapHighlighted(highlight.length)}
        />
      )}
      <div ref={frame} className="map-frame">
        {document.error && <PageError error={document.error} onRetry={document.reload} />}
        {!document.data && !document.error && <PageLoading />}
        {document.data && width !== null && (
          <Card className="map-card" styles={{ body: { padding: 12 } }}>
            <StrategyMap
              document={document.data}
              locale={locale}
              width={width - 24}
              highlight={highlight}
              lights={lights}
              perspectiveOrder={order}
              parentThemeNames={parentThemeNames}
              objectiveLabel={objectiveLabel}
              onOpen={(code) => linking.pick(code) || setOpen(code)}
              fit={fit}
              selected={linking.active ? linking.from : null}
              linking={linking.active}
              linkEditing={linking.linkEditing}
            />
          </Card>
        )}
      </div>
      {allFindings.length > 0 && (
        <Card title={t.findingsTitle} className="map-findings no-print">
          <FindingsList findings={allFindings} onCode={(c) => setOpen(parseCode(c)?.objectiveCode ?? c)} />
        </Card>
      )}
      <ObjectiveDrawer code={open} findings={allFindings} onClose={() => setOpen(null)} onOpen={setOpen} />
    </div>
  );
}
