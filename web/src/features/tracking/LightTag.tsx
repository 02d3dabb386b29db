import { Tag } from 'antd';
import type { Light } from '../../../../src/domain/scoring/types';
import { useI18n } from '../../i18n';

const COLOURS: Record<Light, string> = { green: 'green', yellow: 'gold', red: 'red', none: 'default' };

/** A light with its word (colour alone is not enough) and the achievement in per cent. */
export function LightTag({ light, achievement }: { light: Light; achievement?: number | null }) {
  const { t } = useI18n();
  const word = { green: t.lightGreen, yellow: t.lightYellow, red: t.lightRed, none: t.lightNone }[light];
  return (
    <Tag color={COLOURS[light]} data-light={light}>
      {word}
      {achievement != null && ` ${Math.round(achievement * 1000) / 10}%`}
    </Tag>
  );
}
