import type { MovementField } from '../../shared/api/movements';
import type { Tx } from '../db/client';
import { movement, movementMilestone, movementParticipant, movementTask } from '../db/schema';
import { notifyParticipants } from '../modules/movements/launch-movement';
import type { DemoUnits } from './demo';
import { DEMO_UNIT_SPECS } from './demo-units';

/*
 * The city's 2025 movement as launched by 5834/PĐTĐ-UBND of 31/12/2024 (docs/reference), entered by hand
 * from the document: its tasks shortened to their opening sentences, the provincial movements it names in
 * task 2, and its recipients "Các cơ quan, đơn vị, đoàn thể thành phố" and "UBND các xã, phường" as the
 * participating agencies, public-service units, wards and communes. Launched on 02/01/2025, so each of
 * them has the launch notification in its inbox.
 */

const TASKS: readonly { number: string; text: string; field: MovementField | null }[] = [
  {
    number: '1',
    text:
      'Các cơ quan, đơn vị tiếp tục triển khai thực hiện có hiệu quả Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ ' +
      'Chính trị về việc “Tiếp tục đổi mới công tác thi đua, khen thưởng”; quán triệt sâu sắc Lời kêu gọi thi ' +
      'đua Ái quốc của Chủ tịch Hồ Chí Minh và các chủ trương, đường lối của Đảng, chính sách, pháp luật của ' +
      'Nhà nước về công tác thi đua, khen thưởng.',
    field: null,
  },
  {
    number: '2',
    text:
      'Tiếp tục chỉ đạo và tổ chức triển khai, thực hiện có hiệu quả các phong trào thi đua yêu nước gắn với ' +
      'nội dung trọng tâm là thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ thành phố lần thứ IV và Chỉ thị ' +
      'số 09/CT-UBND ngày 11/8/2021 của Chủ tịch UBND tỉnh Lai Châu. Trong đó, tập trung chỉ đạo các phong ' +
      'trào thi đua trọng tâm do Chủ tịch UBND tỉnh phát động.',
    field: null,
  },
  {
    number: '3',
    text:
      'Thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội năm 2025; nêu cao tinh thần trách nhiệm, ' +
      'bám sát chương trình, kế hoạch, nhiệm vụ trọng tâm để tổ chức các đợt thi đua cụ thể, thiết thực, tạo ' +
      'ra những bước đột phá nhằm hoàn thành xuất sắc nhiệm vụ của cơ quan, đơn vị, trên bốn lĩnh vực: kinh ' +
      'tế; văn hóa, xã hội; quốc phòng - an ninh, thanh tra, tư pháp và công tác đối ngoại; xây dựng hệ ' +
      'thống chính trị.',
    field: null,
  },
  {
    number: '4',
    text:
      'Tiếp tục nâng cao hơn nữa vai trò, trách nhiệm của cấp ủy đảng, chính quyền, Mặt trận tổ quốc, các tổ ' +
      'chức chính trị - xã hội, Thủ trưởng các cơ quan, đơn vị trong tổ chức triển khai phong trào thi đua và ' +
      'công tác khen thưởng. Thường xuyên thông tin, tuyên truyền các phong trào thi đua theo chuyên đề với ' +
      'nội dung cụ thể, thiết thực, dễ hiểu, dễ nhớ, dễ thực hiện.',
    field: null,
  },
  {
    number: '5',
    text:
      'Thực hiện tốt công tác quản lý nhà nước về thi đua khen thưởng; tổ chức tốt các phong trào thi đua và ' +
      'tích cực hưởng ứng các phong trào thi đua do cấp trên phát động. Tăng cường hướng dẫn, kiểm tra, đôn ' +
      'đốc việc triển khai, thực hiện công tác thi đua, khen thưởng tại các cơ quan, đơn vị.',
    field: null,
  },
];

/** The movements launched by the Chairman of the provincial People's Committee that task 2 names. */
const PROVINCIAL_MOVEMENTS = [
  'Lai Châu chung sức xây dựng nông thôn mới',
  'Lai Châu chung tay vì người nghèo - không để ai bị bỏ lại phía sau',
  'Cán bộ, công chức, viên chức tỉnh Lai Châu thi đua thực hiện văn hóa công sở',
];

const MILESTONES = [
  { kind: 'pledge-deadline', title: 'Hạn đăng ký giao ước thi đua năm 2025', dueOn: '2025-02-28' },
  { kind: 'interim-review', title: 'Sơ kết 6 tháng đầu năm 2025', dueOn: '2025-07-15' },
  { kind: 'final-review', title: 'Tổng kết phong trào thi đua năm 2025', dueOn: '2025-12-15' },
] as const;

const PARTICIPANT_KINDS = new Set(['agency', 'public-service-unit', 'ward', 'commune']);

/** The reference movement, launched, with its tasks, participants, milestones and notifications. */
export async function loadDemoMovement(tx: Tx, units: DemoUnits): Promise<void> {
  const organiser = units['UBND-TP'];
  if (!organiser) throw new Error('demo movement: the city unit UBND-TP is missing');
  const launchedAt = new Date('2025-01-02T08:00:00+07:00');
  const [row] = await tx
    .insert(movement)
    .values({
      unitId: organiser,
      kind: 'regular',
      status: 'launched',
      title:
        'Hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ phát triển Kinh tế - Xã hội đảm bảo Quốc phòng - An ninh năm 2025',
      year: 2025,
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      relatedMovements: PROVINCIAL_MOVEMENTS,
      fields: ['economy', 'culture-society', 'defence-security', 'political-system'],
      docNumber: '5834/PĐTĐ-UBND',
      docDate: '2024-12-31',
      docPlace: 'Thành phố Lai Châu',
      docIssuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU',
      docType: 'PHÁT ĐỘNG THI ĐUA',
      signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
      signerPosition: 'CHỦ TỊCH',
      signerName: 'Nguyễn Văn Nghiệp',
      launchedAt,
      createdAt: new Date('2024-12-31T15:00:00+07:00'),
      updatedAt: launchedAt,
    })
    .returning();
  const m = row!;
  await tx.insert(movementTask).values(TASKS.map((t, i) => ({ movementId: m.id, ...t, sortOrder: i })));
  const participants = DEMO_UNIT_SPECS.filter((s) => PARTICIPANT_KINDS.has(s.kind)).map((s) => {
    const id = units[s.code];
    if (!id) throw new Error(`demo movement: unknown unit ${s.code}`);
    return id;
  });
  await tx.insert(movementParticipant).values(participants.map((unitId) => ({ movementId: m.id, unitId })));
  await tx.insert(movementMilestone).values(MILESTONES.map((ms) => ({ movementId: m.id, ...ms })));
  await notifyParticipants(tx, m, participants, launchedAt);
}
