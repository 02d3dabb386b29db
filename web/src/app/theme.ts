import type { ThemeConfig } from 'antd';

/** System CJK fonts only: the CSP allows no font downloads and the app bundles none. */
export const FONT_STACK =
  '"Noto Sans TC", "Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC", system-ui, sans-serif';

export const theme: ThemeConfig = {
  token: {
    fontFamily: FONT_STACK,
    colorPrimary: '#1f5fa8',
    borderRadius: 6,
    fontSize: 15,
  },
  components: {
    Layout: { headerBg: '#16365c', headerPadding: '0 24px', bodyBg: '#f3f5f8' },
    Menu: { darkItemBg: '#16365c', darkItemSelectedBg: '#1f5fa8' },
  },
};
