import { Tag } from 'antd';
import type { ReactNode } from 'react';

export type Tone = 'success' | 'neutral' | 'warning' | 'danger' | 'info';

// Text colours chosen for at least 4.5:1 contrast on their background (antd's presets fall short).
const TONES: Record<Tone, { color: string; background: string; borderColor: string }> = {
  success: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  neutral: { color: '#434343', background: '#fafafa', borderColor: '#d9d9d9' },
  warning: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  danger: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  info: { color: '#003a8c', background: '#e6f4ff', borderColor: '#91caff' },
};

export function StatusTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag style={{ ...TONES[tone], marginInlineEnd: 0 }}>{children}</Tag>;
}
