import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Card, Space, Spin, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { periodContains, periodLabel } from '../../../../src/domain/periods';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { ApiState } from '../../api/use-api';
import { useI18n } from '../../i18n';
import { PeriodSelect } from './PeriodSelect';
import { EntryNotice } from './TrackingNotice';
import type { TrackingRights } from './tracking-rights';
import type { Results } from './types';
import { type StoredRow, UploadResult, type UploadState } from './UploadResult';

interface Props {
  plan: { id: number; year: number };
  results: ApiState<Results> & { data: Results };
  rights: TrackingRights;
  period: string;
  setPeriod(p: string): void;
}

const SHEET = /\.(csv|xlsx)$/i;

/** A period's actuals from a CSV or XLSX file: a template to start from, every problem by row. */
export function UploadView({ plan, results, rights, period, setPeriod }: Props) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState<string>();
  const [state, setState] = useState<UploadState>();
  const [wrongType, setWrongType] = useState<string>();
  const names = useMemo(() => new Map(results.data.kpis.map((k) => [k.code, k.name])), [results.data.kpis]);
  const locked = results.data.locks.some((l) => periodContains(l.period, period));

  const upload = async (file: File) => {
    setState(undefined);
    if (!SHEET.test(file.name)) {
      setWrongType(file.name);
      return;
    }
    setWrongType(undefined);
    setBusy(file.name);
    try {
      const query = `fileName=${encodeURIComponent(file.name)}&period=${encodeURIComponent(period)}`;
      const outcome = await api.upload<{ file: string; stored: StoredRow[]; skipped: number[] }>(
        `/api/plans/${plan.id}/actuals/upload?${query}`,
        file,
      );
      setState({ status: 'done', file: file.name, stored: outcome.stored, skipped: outcome.skipped ?? [] });
      results.reload();
    } catch (e) {
      setState({
        status: 'failed',
        file: file.name,
        error: e instanceof ApiError ? e : new ApiError(0, 'network', String(e)),
      });
    } finally {
      setBusy(undefined);
    }
  };

  const template = (format: 'xlsx' | 'csv') =>
    `/api/plans/${plan.id}/actuals/template?period=${encodeURIComponent(period)}&format=${format}`;

  return (
    <>
      <Space className="tracking-toolbar" wrap>
        <Typography.Text strong>{t.trkUploadPeriod}</Typography.Text>
        <PeriodSelect year={plan.year} value={period} onChange={setPeriod} />
      </Space>
      <EntryNotice block={rights.enterBlock} />
      {locked && <Alert className="tracking-notice" type="info" showIcon title={t.trackLocked} />}
      {rights.enter && !locked && (
        <Card title={<h2 className="card-heading">{t.trkTabUpload}</h2>} className="tracking-card">
          <Typography.Paragraph type="secondary">{t.trkUploadIntro}</Typography.Paragraph>
          <Space wrap className="template-links">
            <Typography.Text strong>{t.trkTemplate}</Typography.Text>
            <a href={template('xlsx')} download data-testid="template-xlsx">
              <DownloadOutlined /> {t.trkTemplateXlsx}
            </a>
            <a href={template('csv')} download data-testid="template-csv">
              <DownloadOutlined /> {t.trkTemplateCsv}
            </a>
          </Space>
          <Upload.Dragger
            accept=".csv,.xlsx"
            multiple={false}
            showUploadList={false}
            disabled={busy !== undefined}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
            data-testid="actuals-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t.trkUploadDrop}</p>
            <p className="ant-upload-hint">{t.trkUploadDropHint(periodLabel(period, locale))}</p>
          </Upload.Dragger>
          {busy && (
            <div className="upload-busy" role="status">
              <Spin size="small" /> {t.trkUploading(busy)}
            </div>
          )}
          {wrongType && (
            <Alert
              className="upload-result"
              type="error"
              showIcon
              role="alert"
              title={t.trkUploadWrongType(wrongType)}
            />
          )}
          {state && <UploadResult state={state} names={names} onReload={results.reload} />}
        </Card>
      )}
    </>
  );
}
