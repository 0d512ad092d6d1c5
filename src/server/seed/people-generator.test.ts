import { describe, expect, it } from 'vitest';
import { generatePeople, generateRatings, mulberry32, type UnitRef } from './people-generator';
import { ethnicityCodeOf, foldName } from './vietnamese-names';

const units: UnitRef[] = [
  { id: 'agency', kind: 'agency', name: 'Phòng Nội vụ' },
  { id: 'school', kind: 'school', name: 'Trường THCS Quyết Thắng', weight: 2 },
  { id: 'ward', kind: 'ward', name: 'Phường Tân Phong' },
  { id: 'firm', kind: 'enterprise', name: 'Công ty minh họa' },
];

describe('generatePeople', () => {
  it('gives the same rows for the same seed and different rows for another seed', () => {
    expect(generatePeople(200, units, 7)).toEqual(generatePeople(200, units, 7));
    expect(generatePeople(200, units, 8)).not.toEqual(generatePeople(200, units, 7));
  });

  it('spreads people by weight and makes the first person of each unit its head', () => {
    const people = generatePeople(100, units, 1);
    expect(people.filter((p) => p.unitId === 'school')).toHaveLength(40);
    expect(people.find((p) => p.unitId === 'school')?.position).toBe('Hiệu trưởng');
    expect(people.find((p) => p.unitId === 'ward')?.position).toBe('Chủ tịch UBND phường');
    expect(people.find((p) => p.unitId === 'agency')?.position).toBe('Trưởng phòng');
  });

  it.each([
    ['agency', 'civil-servant'],
    ['school', 'public-employee'],
    ['ward', 'commune-official'],
    ['firm', 'worker'],
  ])('gives people of %s the staff type %s', (unitId, staffType) => {
    const types = new Set(
      generatePeople(200, units, 3)
        .filter((p) => p.unitId === unitId)
        .map((p) => p.staffType),
    );
    expect(types).toEqual(new Set([staffType]));
  });

  it('follows the ethnic mix of Lai Châu and about half women', () => {
    const people = generatePeople(10_000, units, 42);
    const share = (name: string) =>
      people.filter((p) => p.ethnicityCode === ethnicityCodeOf(name)).length / 10_000;
    expect(share('Kinh')).toBeCloseTo(0.45, 1);
    expect(share('Thái')).toBeCloseTo(0.2, 1);
    expect(share('Mông')).toBeCloseTo(0.15, 1);
    expect(share('Lự')).toBeGreaterThan(0.01);
    const women = people.filter((p) => p.sex === 'female').length / 10_000;
    expect(women).toBeGreaterThan(0.45);
    expect(women).toBeLessThan(0.55);
  });

  it('uses "Thị" only for women among Kinh names, and keeps birth and recruitment dates plausible', () => {
    const people = generatePeople(2000, units, 5);
    const kinhMen = people.filter((p) => p.sex === 'male' && p.ethnicityCode === ethnicityCodeOf('Kinh'));
    expect(kinhMen.some((p) => p.fullName.split(' ')[1] === 'Thị')).toBe(false);
    for (const p of people) {
      expect(p.birthDate! >= '1965-01-01' && p.birthDate! <= '2000-12-31').toBe(true);
      expect(Number(p.recruitedOn!.slice(0, 4)) - Number(p.birthDate!.slice(0, 4))).toBeGreaterThanOrEqual(
        18,
      );
      expect(p.recruitedOn! <= '2024-12-31').toBe(true);
    }
  });

  it('never produces a reserved name, compared without diacritics', () => {
    const people = generatePeople(5000, units, 11, { reservedNames: ['Nguyễn Văn An'] });
    expect(people.some((p) => foldName(p.fullName) === 'nguyen van an')).toBe(false);
  });
});

describe('generateRatings', () => {
  const people = [
    { id: 'a', recruitedOn: '2010-01-01' },
    { id: 'b', recruitedOn: '2024-03-01' },
  ];

  it('rates nobody for a year before their recruitment', () => {
    const ratings = generateRatings(people, [2022, 2023, 2024, 2025], 1);
    expect(ratings.filter((r) => r.personId === 'a').map((r) => r.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(ratings.filter((r) => r.personId === 'b').map((r) => r.year)).toEqual([2024, 2025]);
  });

  it('is mostly "good", with some "excellent"', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ id: String(i), recruitedOn: '2000-01-01' }));
    const ratings = generateRatings(many, [2024], 9);
    const share = (r: string) => ratings.filter((x) => x.rating === r).length / ratings.length;
    expect(share('good')).toBeGreaterThan(0.6);
    expect(share('excellent')).toBeGreaterThan(0.05);
    expect(share('excellent')).toBeLessThan(0.25);
    expect(share('incomplete')).toBeLessThan(0.05);
  });
});

describe('mulberry32', () => {
  it('returns the same sequence for the same seed, in [0, 1)', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
