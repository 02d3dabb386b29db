import { Alert } from 'antd';
import type { ECElementEvent, EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n';

type Runtime = typeof import('./echarts');
let runtime: Promise<Runtime> | null = null;
/** One download of the chart code, shared by every chart of every page. */
function loadRuntime(): Promise<Runtime> {
  runtime ??= import('./echarts').catch((e: unknown) => {
    runtime = null; // a later chart may try again (a dropped connection, a new deployment)
    throw e;
  });
  return runtime;
}

interface Props {
  option: EChartsCoreOption;
  height: number;
  /** What the chart shows, for screen readers; the numbers are in the table that goes with it. */
  label: string;
  onClick?(event: ECElementEvent): void;
  className?: string;
  testId?: string;
}

/** An ECharts chart (SVG), sized to its box and redrawn when the option or the box changes. */
export function EChart({ option, height, label, onClick, className, testId }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    let cancelled = false;
    let observer: ResizeObserver | undefined;
    loadRuntime().then(
      ({ init }) => {
        if (cancelled || !box.current) return;
        const instance = init(box.current, null, { renderer: 'svg' });
        instance.on('click', (e) => click.current?.(e as ECElementEvent));
        chart.current = instance;
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(box.current);
        setReady(true);
      },
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (ready) chart.current?.setOption(option, { notMerge: true });
  }, [ready, option]);

  if (failed) return <Alert type="warning" showIcon title={t.dashChartUnavailable} />;
  return (
    <div
      ref={box}
      role="img"
      aria-label={label}
      className={`echart ${className ?? ''}`}
      style={{ height }}
      data-testid={testId}
      data-ready={ready ? 'true' : undefined}
    />
  );
}
