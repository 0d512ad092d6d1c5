import { describe, expect, it } from 'vitest';
import {
  annexTitleOf,
  authorityLineOf,
  awardPhraseOf,
  deciderShortOf,
  decisionArticlesOf,
  formatVnd,
  issuerDefaultsOf,
  kindsWordOf,
} from './decision-text';

describe('decision wording (Decree 30/2020 Appendix III, model 1.2)', () => {
  it.each([
    ['Phường Tân Phong', 'ward', 'ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG', 'Tân Phong'],
    [
      'Ủy ban nhân dân thành phố Lai Châu',
      'peoples-committee',
      'ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU',
      'Lai Châu',
    ],
    ['Xã San Thàng', 'commune', 'ỦY BAN NHÂN DÂN XÃ SAN THÀNG', 'San Thàng'],
  ])('issuer of %s', (name, kind, issuer, place) => {
    expect(issuerDefaultsOf(name, kind)).toEqual({ issuerName: issuer, place });
  });

  it('authority line and decider: the chairman decides personally (Law Art 80)', () => {
    expect(authorityLineOf('ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG')).toBe(
      'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG',
    );
    expect(deciderShortOf('Phường Tân Phong', 'ward')).toBe('Chủ tịch Ủy ban nhân dân phường Tân Phong');
  });

  it('names the kinds and the award', () => {
    expect(kindsWordOf(['collective', 'individual'])).toBe('cá nhân, tập thể');
    expect(awardPhraseOf('Chiến sĩ thi đua cơ sở', 'title')).toBe('danh hiệu “Chiến sĩ thi đua cơ sở”');
    expect(awardPhraseOf('Giấy khen', 'form')).toBe('Giấy khen');
    expect(annexTitleOf('cá nhân', 'Giấy khen', 2025)).toBe('DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN NĂM 2025');
  });

  it('prints integer VND with dots and cites the prize article (Decree 152 Art 49)', () => {
    expect(formatVnd(2340000)).toBe('2.340.000');
    expect(formatVnd(710000)).toBe('710.000');
    const a = decisionArticlesOf({
      awardPhrase: 'Giấy khen',
      year: 2025,
      count: 3,
      kindsWord: 'cá nhân',
      totalAmount: 2130000,
    });
    expect(a.article1).toBe(
      'Tặng Giấy khen năm 2025 cho 3 cá nhân đã có thành tích xuất sắc (có danh sách kèm theo).',
    );
    expect(a.article2).toContain('2.130.000 đồng');
    expect(a.article2).toContain('Điều 49');
  });
});
