import { Empty } from 'antd';
import { useCallback, useMemo, useRef } from 'react';
import { resolvePerspectiveOrder } from '../../../../src/domain/map-layout/classify';
import type { PlanDocument } from '../../../../src/domain/plan-document';
import { useI18n } from '../../i18n';
import { StrategyMap } from '../map/StrategyMap';
import { useSteppedWidth } from '../map/use-width';

const MIN_WIDTH = 640;

/**
 * The map a document was read into, drawn by the plan page's own component (the shared layout
 * and SVG writer), so the planner sees what the plan page will show once it is stored.
 */
export function ImportMap({
  plan,
  highlight,
  parentThemeNames,
  onOpen,
}: {
  plan: PlanDocument;
  highlight: string[];
  parentThemeNames: Record<string, string>;
  onOpen(code: string): void;
}) {
  const { t, locale } = useI18n();
  const frame = useRef<HTMLDivElement>(null);
  const room = useSteppedWidth(frame, 40, 0);
  // Narrower than the plan page's minimum, as the map shares the row with the findings; on a
  // phone it keeps that width and scrolls inside its box rather than shrinking past reading.
  const width = room === null ? null : Math.max(room, MIN_WIDTH);
  const order = useMemo(() => resolvePerspectiveOrder(plan), [plan]);
  const label = useCallback((code: string, name: string) => `${code} ${name}`, []);
  return (
    <div ref={frame} className="import-map" data-testid="import-map">
      {plan.objectives.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.impMapEmpty} />
      ) : (
        width !== null && (
          <StrategyMap
            document={plan}
            locale={locale}
            width={width}
            highlight={highlight}
            perspectiveOrder={order}
            parentThemeNames={parentThemeNames}
            objectiveLabel={label}
            onOpen={onOpen}
            fit={width === room}
          />
        )
      )}
    </div>
  );
}
