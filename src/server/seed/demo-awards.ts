import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { awardGrant, initiative, initiativeAuthor, initiativeUse } from '../db/schema';
import type { DemoUnits } from './demo';
import { mulberry32 } from './people-generator';

/*
 * The registry as the city would have it at the reference date (31/12/2024): titles decided for
 * 2022–2024 (2025 is still to be proposed), recognised initiatives and the awards they supported.
 * Deterministic; built from the ratings already loaded, so the law engine finds a consistent history.
 */

const DECIDED_YEARS = [2022, 2023, 2024] as const;

/** The city's yearly commendation decision: number and date in January of the next year. */
function decisionOf(year: number, serial: number) {
  return {
    decisionNumber: `${serial}/QĐ-UBND`,
    decisionDate: `${year + 1}-01-${String(10 + (serial % 15)).padStart(2, '0')}`,
  };
}

export async function loadDemoAwards(tx: Tx, units: DemoUnits): Promise<void> {
  const random = mulberry32(20250110);
  const { rows } = await tx.execute<{ person_id: string; unit_id: string; year: number; rating: string }>(sql`
    SELECT r.person_id, p.unit_id, r.year, r.rating FROM person_rating r JOIN person p ON p.id = r.person_id
     WHERE r.year BETWEEN 2022 AND 2024 ORDER BY p.full_name COLLATE "vi-x-icu", p.id, r.year`);
  const issuer = 'Chủ tịch Ủy ban nhân dân thành phố Lai Châu';
  const grants: (typeof awardGrant.$inferInsert)[] = [];
  const initiatives: { row: typeof initiative.$inferInsert; authorId: string; year: number }[] = [];
  let book = 1;
  for (const r of rows) {
    if (r.rating !== 'good' && r.rating !== 'excellent') continue;
    const { decisionNumber, decisionDate } = decisionOf(r.year, 15 + (r.year - 2022) * 7);
    grants.push({
      id: crypto.randomUUID(),
      awardCode: 'lao-dong-tien-tien',
      recipientKind: 'individual',
      personId: r.person_id,
      unitId: r.unit_id,
      year: r.year,
      decisionNumber,
      decisionDate,
      issuer,
    });
    // About half of those rated excellent had a recognised initiative that year, and became CSTĐCS.
    if (r.rating === 'excellent' && random() < 0.5) {
      const id = crypto.randomUUID();
      initiatives.push({
        authorId: r.person_id,
        year: r.year,
        row: {
          id,
          unitId: r.unit_id,
          scope: 'grassroots',
          recognizedOn: `${r.year}-11-${String(5 + Math.floor(random() * 20)).padStart(2, '0')}`,
          decisionNumber: `${100 + initiatives.length}/QĐ-HĐSK`,
          title: INITIATIVE_TITLES[initiatives.length % INITIATIVE_TITLES.length]!,
        },
      });
      grants.push({
        id: crypto.randomUUID(),
        awardCode: 'chien-si-thi-dua-co-so',
        recipientKind: 'individual',
        personId: r.person_id,
        unitId: r.unit_id,
        year: r.year,
        decisionNumber: `${16 + (r.year - 2022) * 7}/QĐ-UBND`,
        decisionDate,
        issuer,
        goldenBookNumber: `SV-${r.year}-${String(book++).padStart(4, '0')}`,
      });
    }
  }
  // Collectives: wards, communes and schools as Advanced Collectives, a few as Excellent Collectives.
  const collectiveCodes = Object.keys(units).filter(
    (c) => /^(P-|X-|TH-|THCS-|MN-)/.test(c) && !/-(MC|QS)$/.test(c),
  );
  for (const year of DECIDED_YEARS) {
    for (const code of collectiveCodes) {
      const { decisionNumber, decisionDate } = decisionOf(year, 17 + (year - 2022) * 7);
      const excellent = random() < 0.25;
      grants.push({
        id: crypto.randomUUID(),
        awardCode: excellent ? 'tap-the-lao-dong-xuat-sac' : 'tap-the-lao-dong-tien-tien',
        recipientKind: 'collective',
        unitId: units[code]!,
        year,
        decisionNumber,
        decisionDate,
        issuer,
      });
    }
  }
  for (let i = 0; i < grants.length; i += 1000) await tx.insert(awardGrant).values(grants.slice(i, i + 1000));
  if (initiatives.length > 0) {
    await tx.insert(initiative).values(initiatives.map((x) => x.row));
    await tx
      .insert(initiativeAuthor)
      .values(initiatives.map((x) => ({ initiativeId: x.row.id!, personId: x.authorId })));
    const used = initiatives.map((x) => ({
      initiativeId: x.row.id!,
      awardGrantId: grants.find(
        (g) => g.personId === x.authorId && g.year === x.year && g.awardCode === 'chien-si-thi-dua-co-so',
      )!.id!,
    }));
    await tx.insert(initiativeUse).values(used);
  }
}

const INITIATIVE_TITLES = [
  'Số hóa hồ sơ một cửa, rút ngắn thời gian giải quyết thủ tục hành chính',
  'Ứng dụng bản đồ số quản lý hộ kinh doanh trên địa bàn phường',
  'Tổ chức lớp học tiếng Mông cho cán bộ cơ sở',
  'Mô hình "Dân vận khéo" trong giải phóng mặt bằng',
  'Phần mềm theo dõi tiến độ chỉ tiêu kinh tế – xã hội',
  'Đổi mới phương pháp dạy đọc cho học sinh dân tộc thiểu số lớp 1',
  'Quy trình tiếp nhận phản ánh của người dân qua Zalo',
  'Giải pháp tiết kiệm điện trong trụ sở cơ quan',
  'Sổ tay hướng dẫn thủ tục khen thưởng cho cơ sở',
  'Mô hình thu gom rác thải phân loại tại nguồn ở tổ dân phố',
];
