import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Modal } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useI18n } from '../../i18n';

/** Copies the plan to next year's draft after confirming, then opens the new draft. */
export function CopyNextYearButton({
  planId,
  year,
  primary = false,
}: {
  planId: number;
  year: number;
  primary?: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [modal, holder] = Modal.useModal();
  const navigate = useNavigate();
  const copy = () => {
    const next = t.rocYear(year + 1);
    modal.confirm({
      title: t.copyNextYear,
      content: t.copyNextYearConfirm(next),
      okText: t.copyNextYear,
      cancelText: t.cancel,
      onOk: async () => {
        try {
          const created = await api.post<{ id: number }>(`/api/plans/${planId}/copy-to-next-year`);
          void message.success(t.copyNextYearDone(next));
          navigate(`/plans/${created.id}`);
        } catch (e) {
          void message.error(e instanceof ApiError ? e.message : String(e));
        }
      },
    });
  };
  return (
    <>
      <Button type={primary ? 'primary' : 'default'} icon={<CopyOutlined />} onClick={copy}>
        {t.copyNextYear}
      </Button>
      {holder}
    </>
  );
}
