import { describe, expect, it } from 'vitest';
import {
  authorityLevelOfUnitKind,
  formatDecisionNumber,
  formatGoldenBookNumber,
  punctuateLegalBases,
} from './decision-number';

describe('decision number (Decree 30/2020, Appendix I: "Số, ký hiệu")', () => {
  it.each([
    [1, 'QĐ-UBND', '01/QĐ-UBND'],
    [9, 'QĐ-UBND', '09/QĐ-UBND'],
    [10, 'QĐ-UBND', '10/QĐ-UBND'],
    [123, 'QĐ-CT', '123/QĐ-CT'],
    [7, 'QĐ - UBND', '07/QĐ-UBND'],
  ])('%i with %s → %s', (n, symbol, expected) => {
    expect(formatDecisionNumber(n, symbol)).toBe(expected);
  });

  it('refuses zero and fractions', () => {
    expect(() => formatDecisionNumber(0, 'QĐ-UBND')).toThrow();
    expect(() => formatDecisionNumber(1.5, 'QĐ-UBND')).toThrow();
  });

  it('prints the golden-book number with four digits at least', () => {
    expect(formatGoldenBookNumber(7)).toBe('0007');
    expect(formatGoldenBookNumber(12345)).toBe('12345');
  });
});

describe('legal bases punctuation (Decree 30/2020: ";" after each, "." after the last)', () => {
  it('ends every line with ";" and the last with "."', () => {
    expect(punctuateLegalBases(['Căn cứ A;', ' Căn cứ B ', '', 'Căn cứ C.'])).toEqual([
      'Căn cứ A;',
      'Căn cứ B;',
      'Căn cứ C.',
    ]);
  });
});

describe('conferring level of an issuer (Decree 129/2025 Art 59; Law Art 80)', () => {
  it.each([
    ['ward', 'commune'],
    ['commune', 'commune'],
    ['peoples-committee', 'commune'],
    ['agency', 'agency'],
    ['school', 'agency'],
    ['enterprise', 'enterprise'],
  ])('%s → %s', (kind, level) => {
    expect(authorityLevelOfUnitKind(kind)).toBe(level);
  });
});
