import type { PersonDetail } from '../../../shared/api/people';
import type { DisciplineLevel, Rating, Sex, StaffType } from '../../../shared/codes';

type PersonRow = Record<string, unknown> & { unit_name: string };

/** Sensitive fields leave the server only when `showSensitive` (the role needs them; the read is audited). */
export function presentPersonDetail(
  p: PersonRow,
  ratings: { year: number; rating: string; decided_on: string | null }[],
  discipline: {
    id: string;
    level: string;
    from_date: string;
    to_date: string | null;
    decision_number: string | null;
    reason: string | null;
  }[],
  showSensitive: boolean,
): PersonDetail {
  const latest = ratings[0];
  return {
    id: p.id as string,
    fullName: p.full_name as string,
    sex: p.sex as Sex,
    birthDate: (p.birth_date as string | null) ?? null,
    position: (p.position as string | null) ?? null,
    staffType: p.staff_type as StaffType,
    unitId: p.unit_id as string,
    unitName: p.unit_name,
    recruitedOn: (p.recruited_on as string | null) ?? null,
    latestRating: latest ? { year: latest.year, rating: latest.rating as Rating } : null,
    version: p.version as number,
    ethnicityCode: showSensitive ? ((p.ethnicity_code as string | null) ?? null) : null,
    nationalId: showSensitive ? ((p.national_id as string | null) ?? null) : null,
    sensitiveMasked: !showSensitive,
    ratings: ratings.map((r) => ({ year: r.year, rating: r.rating as Rating, decidedOn: r.decided_on })),
    discipline: showSensitive
      ? discipline.map((d) => ({
          id: d.id,
          level: d.level as DisciplineLevel,
          from: d.from_date,
          to: d.to_date,
          decisionNumber: d.decision_number,
          reason: d.reason,
        }))
      : null,
  };
}
