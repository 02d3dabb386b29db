import { Button, List } from 'antd';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n';

const SHOWN = 8;

/** A list that shows its first few items and the rest on request (a city has hundreds of plans). */
export function ShortList<T>({ items, render }: { items: T[]; render: (item: T) => ReactNode }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <>
      <List size="small" dataSource={shown} renderItem={(item) => <List.Item>{render(item)}</List.Item>} />
      {items.length > SHOWN && (
        <Button type="link" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t.showFewer : t.showAll(items.length)}
        </Button>
      )}
    </>
  );
}
