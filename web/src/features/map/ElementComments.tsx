import { CommentOutlined } from '@ant-design/icons';
import { Badge, Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { kindLabel } from '../editing/elements';
import { CommentsPanel } from '../workflow/CommentsPanel';
import type { CommentCount, CommentKind } from './comment-targets';

/**
 * A KSF's, KPI's or action plan's review comments behind one button in the objective drawer,
 * badged with how many are still open. Shown to those who may comment, and to everyone once
 * there is something to read.
 */
export function ElementComments({
  planId,
  kind,
  code,
  label,
  name,
  count,
  canComment,
  onChange,
}: {
  planId: number;
  kind: CommentKind;
  /** What the comments are filed under (see `ksfCommentCode` for KSFs). */
  code: string;
  /** How the element is called in the button's name and the dialog's title. */
  label: string;
  name: string;
  count: CommentCount | undefined;
  canComment: boolean;
  onChange: () => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const unresolved = count?.open ?? 0;
  if (!canComment && !count?.total) return null;
  const title = t.elementComments(kindLabel(t, kind), label);
  const accessibleName = unresolved ? `${title}${t.aside(t.elementCommentsOpen(unresolved))}` : title;
  return (
    <>
      <Badge count={unresolved} size="small" offset={[-4, 4]} title={t.elementCommentsOpen(unresolved)}>
        <Button
          type="text"
          size="small"
          className="element-comments no-print"
          icon={<CommentOutlined />}
          aria-label={accessibleName}
          title={accessibleName}
          data-testid="element-comments"
          data-open={unresolved}
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Modal
        open={open}
        title={title}
        onCancel={() => setOpen(false)}
        closable={{ 'aria-label': t.close }}
        footer={null}
        destroyOnHidden
        width={560}
      >
        <Typography.Paragraph type="secondary">{name}</Typography.Paragraph>
        <CommentsPanel planId={planId} target={{ kind, code }} canComment={canComment} onChange={onChange} />
      </Modal>
    </>
  );
}
