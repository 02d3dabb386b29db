import { InputNumber, Select, Space, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { type CellKind, cellText, type TargetCell } from './target-cells';

interface Props {
  code: string;
  /** The period as people read it, for the inputs' labels. */
  label: string;
  kind: CellKind;
  stages: string[];
  cell: TargetCell;
  readOnly: boolean;
  /** The API's messages for this cell, by field ('' for the cell as a whole). */
  issues: Record<string, string[]> | undefined;
  onChange(cell: TargetCell): void;
}

/** One target: a number, a band (下限–上限) or a stage, with the API's messages under it. */
export function TargetInput({ code, label, kind, stages, cell, readOnly, issues, onChange }: Props) {
  const { t } = useI18n();
  if (readOnly) return <span className="target-text">{cellText(cell) || '—'}</span>;
  const status = (field: string) => (issues?.[field] || issues?.[''] ? 'error' : undefined);
  const messages = issues ? Object.values(issues).flat() : [];
  let input: React.ReactNode;
  if (kind === 'band') {
    input = (
      <Space orientation="vertical" size={2} className="full-width">
        <InputNumber
          size="small"
          className="full-width"
          prefix={<span className="input-var">{t.trkMin}</span>}
          value={cell.min}
          status={status('min')}
          aria-label={t.trkTargetMin(code, label)}
          onChange={(x) => onChange({ ...cell, value: null, min: x ?? null })}
        />
        <InputNumber
          size="small"
          className="full-width"
          prefix={<span className="input-var">{t.trkMax}</span>}
          value={cell.max}
          status={status('max')}
          aria-label={t.trkTargetMax(code, label)}
          onChange={(x) => onChange({ ...cell, value: null, max: x ?? null })}
        />
      </Space>
    );
  } else if (kind === 'stage') {
    input = (
      <Select
        size="small"
        className="full-width"
        allowClear
        value={cell.stage ?? undefined}
        status={status('stage')}
        aria-label={t.trkTargetStage(code, label)}
        options={stages.map((s) => ({ value: s, label: s }))}
        onChange={(x: string | undefined) => onChange({ ...cell, stage: x ?? null })}
      />
    );
  } else {
    input = (
      <InputNumber
        size="small"
        className="full-width"
        value={cell.value}
        status={status('value')}
        aria-label={t.trkTargetCell(code, label)}
        onChange={(x) => onChange({ ...cell, value: x ?? null })}
      />
    );
  }
  return (
    <>
      {input}
      {messages.length > 0 && (
        <Typography.Text type="danger" className="cell-error" role="alert">
          {messages.join('；')}
        </Typography.Text>
      )}
    </>
  );
}
