import { InboxOutlined } from '@ant-design/icons';
import { Button, InputNumber, Space, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/errors';
import { useI18n } from '../../i18n';
import { OrgSelect } from './OrgSelect';
import { RefusalNotice } from './RefusalNotice';
import type { ImportOrgs } from './use-import-orgs';

/** Everything the readers take; the server decides by content, this only filters the picker. */
export const ACCEPTED = '.pptx,.pdf,.docx,.xlsx,.txt,.md,.csv,.tsv,.json';

/** Refusals the planner can answer by saying what the document does not. */
const NEEDS_HINTS = new Set(['no-organisation', 'no-year']);

export interface Hints {
  org?: string;
  year?: number;
}

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;
}

/**
 * The drop zone (also a button that opens the file picker, by mouse or keyboard), what is being
 * read while the server reads it, and why a file was refused, right beside it.
 */
export function UploadZone({
  reading,
  refusal,
  orgs,
  onFile,
  onStop,
  onHints,
}: {
  reading: File | null;
  refusal: ApiError | undefined;
  orgs: ImportOrgs;
  onFile(file: File): void;
  onStop(): void;
  onHints(hints: Hints): void;
}) {
  const { t } = useI18n();
  const [hintOrg, setHintOrg] = useState<number>();
  const [hintYear, setHintYear] = useState<number | null>(null);
  const code = refusal?.details.code;
  const needsHints = typeof code === 'string' && NEEDS_HINTS.has(code);
  return (
    <div className="import-upload">
      <Upload.Dragger
        accept={ACCEPTED}
        multiple={false}
        showUploadList={false}
        disabled={reading !== null}
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
        data-testid="import-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t.importDrop}</p>
        <p className="ant-upload-hint">{t.importDropHint}</p>
        <p className="ant-upload-hint import-accepted">{t.impAccepted}</p>
      </Upload.Dragger>
      {reading && (
        <div className="import-reading" role="status" aria-live="polite" data-testid="import-reading">
          <Spin />
          <div>
            <Typography.Text strong>{t.impReading(reading.name, sizeText(reading.size))}</Typography.Text>
            <br />
            <Typography.Text type="secondary">{t.impReadingHint}</Typography.Text>
          </div>
          <Button onClick={onStop}>{t.impStopReading}</Button>
        </div>
      )}
      {refusal && !reading && (
        <RefusalNotice error={refusal} title={t.importFailed}>
          {needsHints && (
            <div className="import-hints">
              <Typography.Paragraph>{t.impHintsTitle}</Typography.Paragraph>
              <Space wrap size={[16, 8]}>
                <Space size={8}>
                  <label htmlFor="import-hint-org">{t.impOrgLabel}</label>
                  <span className="import-hint-org">
                    <OrgSelect
                      id="import-hint-org"
                      testId="import-hint-org"
                      tree={orgs.writableTree}
                      value={hintOrg}
                      placeholder={t.impOrgPlaceholder}
                      onChange={(org) => setHintOrg(org?.id)}
                      byId={orgs.byId}
                    />
                  </span>
                </Space>
                <Space size={8}>
                  <label htmlFor="import-hint-year">{t.impYearLabel}</label>
                  <InputNumber
                    id="import-hint-year"
                    min={1}
                    max={999}
                    precision={0}
                    value={hintYear}
                    onChange={(v) => setHintYear(v)}
                  />
                </Space>
                <Button
                  type="primary"
                  onClick={() => onHints({ org: orgs.byId(hintOrg)?.name, year: hintYear ?? undefined })}
                >
                  {t.impReadAgain}
                </Button>
              </Space>
            </div>
          )}
        </RefusalNotice>
      )}
    </div>
  );
}
