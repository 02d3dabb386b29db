import { NodeIndexOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { api } from '../../api/client';
import type { PlanDetail } from '../../api/types';
import { useI18n } from '../../i18n';
import { useEditing } from './EditingProvider';
import { refuseLink } from './link-geometry';

/**
 * Editing cause → effect links on the map. Editors of a draft drag from the cause card to the
 * effect card, and click an arrow (or Tab to it and press Delete) to remove it. The link mode
 * button is the keyboard's way to add one: choose the cause card, then the effect card, with
 * Enter; while it is on, card clicks pick instead of opening the drawer.
 */
export function useLinkMode(plan: PlanDetail) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const editing = useEditing();
  const [active, setActive] = useState(false);
  const [from, setFrom] = useState<string | null>(null);
  // Why the last attempt was refused; stays until the next attempt so it can be read calmly.
  const [refusal, setRefusal] = useState<string | null>(null);

  const links = useMemo(() => {
    const codes = new Map(plan.objectives.map((o) => [o.id, o.code]));
    return plan.links.map((l) => ({
      id: l.id,
      from: codes.get(l.fromObjectiveId) ?? '',
      to: codes.get(l.toObjectiveId) ?? '',
    }));
  }, [plan]);

  const stop = useCallback(() => {
    setActive(false);
    setFrom(null);
  }, []);

  /** Adds the link unless it would point at its own cause or exists already; true once stored. */
  const add = useCallback(
    async (cause: string, effect: string): Promise<boolean> => {
      const refused = refuseLink(cause, effect, links);
      if (refused) {
        setRefusal(refused === 'self' ? t.linkSelf(cause) : t.linkExists(cause, effect));
        return false;
      }
      setRefusal(null);
      return editing.write(
        () => api.post(`/api/plans/${plan.id}/links`, { from: cause, to: effect }),
        t.linkAdded(cause, effect),
      );
    },
    [links, editing, plan.id, t],
  );

  /** Takes a card click; true when link mode used it. */
  const pick = useCallback(
    (code: string): boolean => {
      if (!active) return false;
      if (!from || from === code) {
        setRefusal(null);
        setFrom(from === code ? null : code);
        return true;
      }
      void add(from, code).then((ok) => ok && stop());
      return true;
    },
    [active, from, add, stop],
  );

  const remove = useCallback(
    (cause: string, effect: string) => {
      const link = links.find((l) => l.from === cause && l.to === effect);
      if (!link) return;
      setRefusal(null);
      modal.confirm({
        title: t.linkRemoveConfirm(cause, effect),
        content: t.linkRemoveHint,
        okText: t.confirmDelete,
        okButtonProps: { danger: true },
        cancelText: t.cancel,
        onOk: () => editing.write(() => api.delete(`/api/plans/${plan.id}/links/${link.id}`), t.deleted),
      });
    },
    [links, modal, t, editing, plan.id],
  );

  const editable = editing.rights.editable;
  const linkEditing = useMemo(
    () =>
      editable
        ? {
            links,
            onDrop: (cause: string, effect: string) => void add(cause, effect),
            onArrow: remove,
            arrowLabel: t.linkRemove,
          }
        : null,
    [editable, links, add, remove, t],
  );

  const toggle = editable ? (
    <Button
      icon={<NodeIndexOutlined />}
      type={active ? 'primary' : 'default'}
      onClick={() => {
        setRefusal(null);
        if (active) stop();
        else setActive(true);
      }}
      data-testid="link-mode"
      title={t.linkModeHint}
    >
      {active ? t.linkCancel : t.linkAdd}
    </Button>
  ) : null;
  const notice = (
    <>
      {refusal && (
        <Alert
          className="link-mode-notice no-print"
          data-testid="link-refused"
          role="alert"
          type="error"
          showIcon
          closable={{ 'aria-label': t.close }}
          onClose={() => setRefusal(null)}
          title={refusal}
        />
      )}
      {active && (
        <Alert
          className="link-mode-notice no-print"
          data-testid="link-mode-notice"
          type="info"
          showIcon
          title={from ? t.linkPickTarget(from) : t.linkPickSource}
        />
      )}
    </>
  );
  return { active, from, pick, toggle, notice, linkEditing };
}
