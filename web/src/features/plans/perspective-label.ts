import type { Perspective } from '../../../../src/domain/codes';
import type { Dictionary } from '../../i18n/zh-TW';

export function perspectiveLabel(t: Dictionary, p: Perspective): string {
  return { C: t.perspectiveC, P: t.perspectiveP, L: t.perspectiveL, F: t.perspectiveF }[p];
}
