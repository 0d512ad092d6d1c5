import { D98, D129, D152, DECREE_98_TO, DECREE_152_FROM, LAW, LAW_2022_FROM } from './periods';
import type { AuthorityLevel, AwardCode, Dated } from './types';

/*
 * Who may confer what. Before 1/7/2025: Law Art 80. From 1/7/2025: D129/2025 Art 59
 * merges the former district powers (Art 80(2)) into the commune chairman's (Art 80(3)); districts no
 * longer exist, so the district level confers nothing. Awards a level may only propose upward are
 * simply absent from its list.
 */

type Matrix = Partial<Record<AuthorityLevel, readonly AwardCode[]>>;

const HEADS_OF_UNITS: readonly AwardCode[] = [
  'tap-the-lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'lao-dong-tien-tien',
  'giay-khen',
];

const PROVINCE: readonly AwardCode[] = [
  'chien-si-thi-dua-cap-tinh',
  'tap-the-lao-dong-xuat-sac',
  'co-thi-dua-ubnd-tinh',
  'bang-khen-chu-tich-ubnd-tinh',
  'xa-phuong-tieu-bieu',
];

const BEFORE_REFORM: Matrix = {
  agency: HEADS_OF_UNITS,
  enterprise: HEADS_OF_UNITS,
  district: ['thon-to-dan-pho-van-hoa', ...HEADS_OF_UNITS],
  commune: ['lao-dong-tien-tien', 'giay-khen', 'gia-dinh-van-hoa'],
  province: PROVINCE,
};

const AFTER_REFORM: Matrix = {
  agency: HEADS_OF_UNITS,
  enterprise: HEADS_OF_UNITS,
  commune: ['thon-to-dan-pho-van-hoa', 'gia-dinh-van-hoa', ...HEADS_OF_UNITS],
  province: PROVINCE,
};

const SOURCES: Record<AuthorityLevel, { before: string; after: string }> = {
  agency: { before: `${LAW}, Điều 80 khoản 1`, after: `${LAW}, Điều 80 khoản 1` },
  enterprise: { before: `${LAW}, Điều 80 khoản 4`, after: `${LAW}, Điều 80 khoản 4` },
  district: { before: `${LAW}, Điều 80 khoản 2`, after: `${D129}, Điều 59 (bỏ cấp huyện)` },
  commune: { before: `${LAW}, Điều 80 khoản 3`, after: `${D129}, Điều 59` },
  province: { before: `${LAW}, Điều 79`, after: `${LAW}, Điều 79` },
};

/** Keyed `<award>:<level>`; value true = may confer. Every pair gets an entry, so "no" is cited too. */
export function buildAuthoritySeries(awards: readonly AwardCode[]): Record<string, Dated<boolean>[]> {
  const out: Record<string, Dated<boolean>[]> = {};
  for (const award of awards) {
    for (const level of Object.keys(SOURCES) as AuthorityLevel[]) {
      const isProvince = level === 'province';
      const unverifiedNote = isProvince
        ? 'Số điều về thẩm quyền của Chủ tịch UBND tỉnh (Điều 79?) và danh mục đầy đủ chưa kiểm chứng.'
        : undefined;
      const xptbNote =
        award === 'xa-phuong-tieu-bieu'
          ? 'Thẩm quyền tặng "xã, phường tiêu biểu" chưa kiểm chứng.'
          : undefined;
      const note = xptbNote ?? unverifiedNote;
      const verified = note === undefined;
      out[`${award}:${level}`] = [
        {
          value: (AFTER_REFORM[level] ?? []).includes(award),
          from: DECREE_152_FROM,
          source: SOURCES[level].after,
          verified,
          ...(note ? { note } : {}),
        },
        {
          value: (BEFORE_REFORM[level] ?? []).includes(award),
          from: LAW_2022_FROM,
          to: DECREE_98_TO,
          source: SOURCES[level].before,
          verified,
          ...(note ? { note } : {}),
        },
      ];
    }
  }
  return out;
}

/** Council ballot thresholds: share of ALL council members (absent members vote in writing). */
export const VOTE_THRESHOLD_SERIES: Record<string, Dated<number>[]> = Object.fromEntries(
  (
    [
      ['chien-si-thi-dua-co-so', 0.8],
      ['co-thi-dua-ubnd-tinh', 0.8],
      ['co-thi-dua-chinh-phu', 0.8],
      ['chien-si-thi-dua-cap-tinh', 0.9],
      ['chien-si-thi-dua-toan-quoc', 0.9],
    ] as const
  ).map(([award, share]) => [
    award,
    [
      {
        value: share,
        from: DECREE_152_FROM,
        source: `${D152} (điều khoản tương ứng Điều 30 khoản 7 Nghị định 98/2023)`,
        verified: false,
        note: 'Ngưỡng biểu quyết theo Nghị định 152/2025 chưa kiểm chứng; tạm giữ mức của Nghị định 98/2023.',
      },
      {
        value: share,
        from: LAW_2022_FROM,
        to: DECREE_98_TO,
        source: `${D98}, Điều 30 khoản 7`,
        verified: true,
      },
    ],
  ]),
);

/** Did the ballot reach the threshold, counted over all members? Integer compare avoids 0.8 × 5 = 4.000…1. */
export function isCouncilApproved(yesVotes: number, allMembers: number, threshold: number): boolean {
  if (allMembers <= 0) return false;
  return yesVotes * 10_000 >= Math.round(threshold * 10_000) * allMembers;
}
