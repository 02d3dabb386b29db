import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useI18n } from '../i18n';

const FORMATS = ['pptx', 'xlsx', 'pdf', 'png', 'svg', 'json'] as const;

/** Plain download links to the plan's exports (the server names the files). */
export function ExportLinks({ planId }: { planId: number }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap className="export-links no-print" role="group" aria-label={t.exportLabel}>
      <span className="export-label">{t.exportLabel}</span>
      {FORMATS.map((f) => (
        <Button
          key={f}
          size="small"
          icon={<DownloadOutlined />}
          href={`/api/plans/${planId}/export.${f}`}
          download
          aria-label={t.exportAs(f.toUpperCase())}
          data-testid={`export-${f}`}
        >
          {f.toUpperCase()}
        </Button>
      ))}
    </Space>
  );
}
