import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { FieldIssues } from '../../components/FieldIssues';
import { PageError } from '../../components/PageState';
import { useI18n } from '../../i18n';
import { ChangesTable } from './ChangesTable';
import { FindingsTable } from './FindingsTable';
import { PlansPreview } from './PlansPreview';
import { blockingFindings, type ImportPreview, type ImportResult } from './types';

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'network', String(e)));

/** Upload a strategy-map document, check what it holds and what it finds wrong, then store it. */
export default function ImportPage() {
  const { t, locale } = useI18n();
  const [preview, setPreview] = useState<ImportPreview>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [replace, setReplace] = useState(false);
  const [result, setResult] = useState<ImportResult>();

  const read = async (file: File) => {
    setBusy(true);
    setError(undefined);
    setPreview(undefined);
    setResult(undefined);
    setReplace(false);
    try {
      setPreview(
        await api.upload<ImportPreview>(
          `/api/imports/preview?fileName=${encodeURIComponent(file.name)}`,
          file,
        ),
      );
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    setError(undefined);
    try {
      const replacing = preview.existing.length > 0;
      setResult(
        await api.post<ImportResult>(`/api/plans/import?replace=${replacing}`, { plans: preview.plans }),
      );
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const blocked = preview ? blockingFindings(preview.findings).length > 0 : false;
  const needsReplace = (preview?.existing.length ?? 0) > 0;
  const zhMessage = error?.details.messageZh;

  return (
    <div className="import-page">
      <Typography.Title level={1}>{t.importTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{t.importIntro}</Typography.Paragraph>
      <Upload.Dragger
        accept=".txt,.md,.csv,.json,.docx,.xlsx,.odt,.pdf"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void read(file);
          return false;
        }}
        data-testid="import-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t.importDrop}</p>
        <p className="ant-upload-hint">{t.importDropHint}</p>
      </Upload.Dragger>

      {error &&
        (error.kind === 'validation' || error.kind === 'conflict' || error.kind === 'too_large' ? (
          <Alert
            className="import-error"
            type="error"
            showIcon
            role="alert"
            title={t.importFailed}
            description={
              <>
                <p>{locale === 'zh-TW' && typeof zhMessage === 'string' ? zhMessage : error.message}</p>
                {error.issues.length > 0 && <FieldIssues error={error} />}
              </>
            }
          />
        ) : (
          <PageError error={error} />
        ))}

      {result && (
        <Alert
          className="import-result"
          type="success"
          showIcon
          data-testid="import-result"
          title={t.importDone}
          description={
            <ul>
              {result.plans.map((p) => (
                <li key={`${p.org}/${p.year}`}>
                  {p.planId ? (
                    <Link to={`/plans/${p.planId}`}>
                      {p.org} {t.rocYear(p.year)}
                    </Link>
                  ) : (
                    `${p.org} ${t.rocYear(p.year)}`
                  )}{' '}
                  — {t.importAction(p.action)}
                </li>
              ))}
            </ul>
          }
        />
      )}

      {preview && !result && (
        <Space orientation="vertical" size="large" className="import-preview">
          <Card title={<h2 className="card-heading">{t.importPlans(preview.fileName)}</h2>}>
            <PlansPreview preview={preview} />
          </Card>
          <Card title={<h2 className="card-heading">{t.importFindings(preview.findings.length)}</h2>}>
            <FindingsTable findings={preview.findings} />
          </Card>
          {preview.existing.map((e) => (
            <Card
              key={`${e.org}/${e.year}`}
              title={<h2 className="card-heading">{t.importReplaceTitle(e.org, e.year)}</h2>}
              extra={<Link to={`/plans/${e.planId}`}>{t.importOpenStored}</Link>}
            >
              <ChangesTable changes={e.changes} />
            </Card>
          ))}
          {blocked && <Alert type="error" showIcon title={t.importBlocked} />}
          {needsReplace && !blocked && (
            <Checkbox
              checked={replace}
              onChange={(ev) => setReplace(ev.target.checked)}
              data-testid="import-replace"
            >
              {t.importReplaceConfirm(preview.existing.length)}
            </Checkbox>
          )}
          <Space>
            <Button
              type="primary"
              danger={needsReplace}
              loading={busy}
              disabled={blocked || (needsReplace && !replace)}
              onClick={confirm}
              data-testid="import-confirm"
            >
              {needsReplace ? t.importReplaceButton : t.importConfirm}
            </Button>
            <Button onClick={() => setPreview(undefined)} disabled={busy}>
              {t.importCancel}
            </Button>
          </Space>
        </Space>
      )}
    </div>
  );
}
