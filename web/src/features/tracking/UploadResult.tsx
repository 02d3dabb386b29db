import { Alert, Table, Typography } from 'antd';
import type { ApiError } from '../../api/errors';
import { useI18n } from '../../i18n';
import { fileErrorOf, fileErrorText } from './file-error-text';
import { LightTag } from './LightTag';
import { rowErrorsOf, rowErrorText } from './row-error-text';
import { SaveConflict } from './SaveConflict';
import type { RowError } from './types';

export interface StoredRow {
  id: number;
  kpi: string;
  period: string;
  value: number | null;
  stage: string | null;
  achievement: number | null;
  light: 'green' | 'yellow' | 'red' | 'none';
}

export type UploadState =
  | { status: 'done'; file: string; stored: StoredRow[]; skipped: number[] }
  | { status: 'failed'; file: string; error: ApiError };

/** The outcome of an upload: what was stored, or every problem by row with nothing stored. */
export function UploadResult({
  state,
  names,
  onReload,
}: {
  state: UploadState;
  /** KPI names by code, to say which KPI a stored row is. */
  names: Map<string, string>;
  onReload(): void;
}) {
  const { t, locale } = useI18n();
  if (state.status === 'done') {
    return (
      <div className="upload-result" data-testid="upload-result">
        <Alert
          type="success"
          showIcon
          title={t.trkUploadDone(state.file, state.stored.length)}
          description={state.skipped.length > 0 ? t.trkUploadSkipped(state.skipped.length) : undefined}
        />
        <Table
          size="small"
          rowKey="id"
          dataSource={state.stored}
          pagination={false}
          columns={[
            {
              title: t.trkColKpi,
              render: (_, s) => (
                <>
                  <Typography.Text code>{s.kpi}</Typography.Text> {names.get(s.kpi)}
                </>
              ),
            },
            { title: t.trkColPeriod, dataIndex: 'period', width: 100 },
            { title: t.trkColValue, width: 120, align: 'right', render: (_, s) => s.value ?? s.stage ?? '—' },
            {
              title: t.trackLight,
              width: 140,
              render: (_, s) => <LightTag light={s.light} achievement={s.achievement} />,
            },
          ]}
        />
      </div>
    );
  }
  const { error, file } = state;
  const rows = rowErrorsOf(error.details);
  if (rows.length > 0) {
    const count = new Set(rows.map((r) => r.row)).size;
    return (
      <div className="upload-result" data-testid="upload-errors">
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t.trkUploadRefused(file, rows.length, count)}
          description={t.trkUploadNothingStored}
        />
        <Table<RowError & { key: number }>
          size="small"
          dataSource={rows.map((r, key) => ({ ...r, key }))}
          pagination={false}
          data-testid="upload-error-table"
          columns={[
            { title: t.trkColRow, width: 90, render: (_, r) => (r.row > 0 ? t.trkRowNumber(r.row) : '—') },
            { title: t.trkColColumn, dataIndex: 'column', width: 140 },
            { title: t.trkColProblem, render: (_, r) => rowErrorText(t, locale, r) },
          ]}
        />
      </div>
    );
  }
  if (error.kind === 'conflict') return <SaveConflict error={error} onReload={onReload} />;
  const fileError = fileErrorOf(error);
  const said = fileError && fileErrorText(t, fileError);
  const code = error.details.code;
  const description =
    said ??
    (code === 'no_rows'
      ? t.trkUploadNoRows
      : code === 'busy'
        ? t.trkUploadBusy(String(error.details.retryAfterSeconds ?? 10))
        : code === 'unreadable'
          ? t.trkUploadUnreadableHint
          : error.kind === 'network'
            ? t.networkError
            : undefined);
  return (
    <Alert
      className="upload-result"
      data-testid="upload-failed"
      type="error"
      showIcon
      role="alert"
      title={t.trkUploadFailed(file)}
      description={
        <>
          {description && <p data-testid="upload-failed-reason">{description}</p>}
          {/* The API's English only when the problem could not be said in the user's language. */}
          {!said && error.kind !== 'network' && (
            <p className="conflict-detail">
              {t.trkUploadServerDetail}：{error.message}
            </p>
          )}
        </>
      }
    />
  );
}
