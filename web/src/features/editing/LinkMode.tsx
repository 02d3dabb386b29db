import { NodeIndexOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import type { PlanDetail } from '../../api/types';
import { useI18n } from '../../i18n';
import { useEditing } from './EditingProvider';

/**
 * Adding a cause → effect link on the map: choose the cause card, then the effect card. While
 * active, clicks on cards pick instead of opening the drawer.
 */
export function useLinkMode(plan: PlanDetail) {
  const { t } = useI18n();
  const editing = useEditing();
  const [active, setActive] = useState(false);
  const [from, setFrom] = useState<string | null>(null);

  const stop = useCallback(() => {
    setActive(false);
    setFrom(null);
  }, []);
  /** Takes a card click; true when link mode used it. */
  const pick = useCallback(
    (code: string): boolean => {
      if (!active) return false;
      if (!from || from === code) {
        setFrom(from === code ? null : code);
        return true;
      }
      const source = plan.objectives.find((o) => o.code === from);
      const target = plan.objectives.find((o) => o.code === code);
      if (
        source &&
        target &&
        plan.links.some((l) => l.fromObjectiveId === source.id && l.toObjectiveId === target.id)
      ) {
        void editing.write(() => Promise.reject(new Error(t.linkExists(from, code))));
        return true;
      }
      void editing
        .write(() => api.post(`/api/plans/${plan.id}/links`, { from, to: code }), t.linkAdded(from, code))
        .then((ok) => ok && stop());
      return true;
    },
    [active, from, plan, editing, t, stop],
  );

  const toggle = editing.rights.editable ? (
    <Button
      icon={<NodeIndexOutlined />}
      type={active ? 'primary' : 'default'}
      onClick={() => (active ? stop() : setActive(true))}
      data-testid="link-mode"
    >
      {active ? t.linkCancel : t.linkAdd}
    </Button>
  ) : null;
  const notice = active ? (
    <Alert
      className="link-mode-notice no-print"
      data-testid="link-mode-notice"
      type="info"
      showIcon
      title={from ? t.linkPickTarget(from) : t.linkPickSource}
    />
  ) : null;
  return { active, from, pick, toggle, notice };
}
