import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useI18n } from '../../i18n';
import { useEditing } from './EditingProvider';
import { type AnyElement, codeOf, type ElementKind, kindLabel } from './elements';

/** Edit and delete buttons of one element; nothing for those who may not change the plan now. */
export function ElementControls({ kind, element }: { kind: ElementKind; element: AnyElement }) {
  const { t } = useI18n();
  const editing = useEditing();
  if (!editing.rights.editable) return null;
  const label = kindLabel(t, kind);
  const code = codeOf(kind, element) || element.name;
  return (
    <Space size={0} className="element-controls no-print">
      <Button
        type="text"
        size="small"
        icon={<EditOutlined />}
        aria-label={t.editElement(label, code)}
        title={t.editElement(label, code)}
        onClick={() => editing.edit(kind, element)}
      />
      <Button
        type="text"
        size="small"
        danger
        icon={<DeleteOutlined />}
        aria-label={t.deleteElement(label, code)}
        title={t.deleteElement(label, code)}
        onClick={() => editing.remove(kind, element)}
      />
    </Space>
  );
}

/** A button adding an element with the given starting values; hidden like the other controls. */
export function AddElementButton({
  kind,
  defaults,
  label,
  block,
}: {
  kind: ElementKind;
  defaults: Record<string, unknown>;
  label?: string;
  block?: boolean;
}) {
  const { t } = useI18n();
  const editing = useEditing();
  if (!editing.rights.editable) return null;
  const text = label ?? t.addElement(kindLabel(t, kind));
  return (
    <Button
      className="add-element no-print"
      size="small"
      type="dashed"
      block={block}
      icon={<PlusOutlined />}
      onClick={() => editing.add(kind, defaults)}
    >
      {text}
    </Button>
  );
}
