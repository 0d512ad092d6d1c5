/*
 * The city's emulation blocks used by the demo (demo-blocks.ts): the sheets of 100 points, members, head
 * and deputy. Unit codes are those of demo-units.ts; indicator codes those of demo-targets.ts.
 */

export type Leaf = {
  code: string;
  name: string;
  kind: 'manual' | 'achieved' | 'per-occurrence' | 'target';
  max: number;
  role?: 'bonus' | 'penalty';
  perOccurrence?: number;
  indicator?: string;
};
export type Group = { code: string; name: string; leaves: Leaf[] };

const LEADERSHIP: Group = {
  code: 'I',
  name: 'Công tác chỉ đạo, tổ chức phong trào thi đua',
  leaves: [
    {
      code: '1.1',
      name: 'Ban hành kế hoạch, phát động phong trào thi đua kịp thời',
      kind: 'manual',
      max: 10,
    },
    { code: '1.2', name: 'Ký giao ước thi đua đúng thời hạn', kind: 'achieved', max: 5 },
    { code: '1.3', name: 'Sơ kết, tổng kết, báo cáo thi đua đúng hạn, đủ nội dung', kind: 'manual', max: 10 },
    { code: '1.4', name: 'Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến', kind: 'manual', max: 5 },
  ],
};
const POLITICAL: Group = {
  code: 'III',
  name: 'Xây dựng hệ thống chính trị, cải cách hành chính',
  leaves: [
    { code: '3.1', name: 'Thực hiện kỷ luật, kỷ cương hành chính, văn hóa công vụ', kind: 'manual', max: 10 },
    {
      code: '3.2',
      name: 'Không có cán bộ, công chức bị kỷ luật từ khiển trách trở lên',
      kind: 'achieved',
      max: 10,
    },
  ],
};
const EXTRA: Group = {
  code: 'IV',
  name: 'Điểm thưởng, điểm trừ',
  leaves: [
    {
      code: 'IV.1',
      name: 'Mô hình mới, cách làm hay được cấp trên ghi nhận',
      kind: 'per-occurrence',
      role: 'bonus',
      max: 5,
      perOccurrence: 1,
    },
    {
      code: 'IV.2',
      name: 'Báo cáo chậm hoặc sai quy định',
      kind: 'per-occurrence',
      role: 'penalty',
      max: 5,
      perOccurrence: 1,
    },
  ],
};

export interface DemoBlock {
  kind: 'block' | 'cluster';
  name: string;
  members: string[];
  head: string;
  deputy: string;
  rotation: string;
  groups: Group[];
}

export const BLOCKS: DemoBlock[] = [
  {
    kind: 'block',
    name: 'Khối các phòng, ban chuyên môn',
    members: [
      'VP',
      'PNV',
      'PTCKH',
      'PKT',
      'PQLDT',
      'PTNMT',
      'PVHTT',
      'PGDDT',
      'PYT',
      'PTP',
      'TTR',
      'PLDTBXH',
    ],
    head: 'PTCKH',
    deputy: 'PTP',
    rotation: 'Trưởng, phó khối luân phiên hằng năm theo thứ tự các phòng trong quyết định thành lập khối.',
    groups: [
      LEADERSHIP,
      {
        code: 'II',
        name: 'Thực hiện nhiệm vụ chuyên môn được giao',
        leaves: [
          {
            code: '2.1',
            name: 'Hoàn thành nhiệm vụ chuyên môn theo chương trình công tác năm',
            kind: 'manual',
            max: 35,
          },
          {
            code: '2.2',
            name: 'Cắt giảm thời gian giải quyết thủ tục hành chính',
            kind: 'target',
            max: 15,
            indicator: 'HTCT-TTHC',
          },
        ],
      },
      POLITICAL,
      EXTRA,
    ],
  },
  {
    kind: 'cluster',
    name: 'Cụm thi đua các xã, phường',
    members: [
      'P-TANPHONG',
      'P-DOANKET',
      'P-QUYETTHANG',
      'P-QUYETTIEN',
      'P-DONGPHONG',
      'X-SANTHANG',
      'X-NAMLOONG',
    ],
    head: 'P-TANPHONG',
    deputy: 'P-DOANKET',
    rotation: 'Trưởng cụm luân phiên hằng năm; phó cụm năm trước làm trưởng cụm năm sau.',
    groups: [
      LEADERSHIP,
      {
        code: 'II',
        name: 'Thực hiện các chỉ tiêu kinh tế - xã hội được giao',
        leaves: [
          {
            code: '2.1',
            name: 'Thu ngân sách nhà nước trên địa bàn',
            kind: 'target',
            max: 20,
            indicator: 'KT-THUNS',
          },
          { code: '2.2', name: 'Giảm tỷ lệ hộ nghèo', kind: 'target', max: 15, indicator: 'VH-HONGHEO' },
          {
            code: '2.3',
            name: 'Cắt giảm thời gian giải quyết thủ tục hành chính',
            kind: 'target',
            max: 15,
            indicator: 'HTCT-TTHC',
          },
        ],
      },
      POLITICAL,
      EXTRA,
    ],
  },
  {
    kind: 'block',
    name: 'Khối các trường học',
    members: [
      'MN-TANPHONG',
      'MN-DOANKET',
      'MN-QUYETTHANG',
      'MN-SANTHANG',
      'TH-TANPHONG',
      'TH-DOANKET',
      'TH-QUYETTHANG',
      'TH-QUYETTIEN',
      'THCS-TANPHONG',
      'THCS-DOANKET',
      'THCS-QUYETTHANG',
      'THCS-SANTHANG',
      'THCS-NAMLOONG',
    ],
    head: 'THCS-DOANKET',
    deputy: 'TH-TANPHONG',
    rotation: 'Luân phiên giữa các cấp học: THCS, tiểu học, mầm non.',
    groups: [
      LEADERSHIP,
      {
        code: 'II',
        name: 'Chất lượng giáo dục',
        leaves: [
          { code: '2.1', name: 'Tỷ lệ học sinh hoàn thành chương trình, lên lớp', kind: 'manual', max: 25 },
          { code: '2.2', name: 'Duy trì, giữ vững trường đạt chuẩn quốc gia', kind: 'achieved', max: 10 },
          {
            code: '2.3',
            name: 'Phong trào “Dạy tốt – học tốt”, học sinh giỏi các cấp',
            kind: 'manual',
            max: 15,
          },
        ],
      },
      POLITICAL,
      EXTRA,
    ],
  },
];

export const REASONS = [
  'Minh chứng chưa đầy đủ, chưa có văn bản kèm theo',
  'Báo cáo nộp chậm so với thời hạn của cụm, khối',
  'Kết quả kiểm tra thực tế thấp hơn báo cáo của đơn vị',
];
