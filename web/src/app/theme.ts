import type { ThemeConfig } from 'antd';

/*
 * Calm, dense and readable: grey texts darkened so every text passes WCAG AA contrast
 * (antd's default secondary grey does not).
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b57a4',
    colorLink: '#0b57a4',
    colorError: '#c41d1d',
    colorSuccess: '#237804',
    colorWarning: '#ad6800',
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#6e6e6e',
    borderRadius: 4,
    fontSize: 14,
    fontFamily:
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif",
  },
  components: {
    Table: { cellPaddingBlockSM: 6 },
    Layout: { headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 16px', siderBg: '#ffffff' },
  },
};
