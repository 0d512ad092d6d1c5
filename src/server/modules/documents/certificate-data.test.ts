import { describe, expect, it } from 'vitest';
import { readVerificationCode, verificationKeyOf } from '../../documents/verification-code';
import { certificateDataOf, deciderTitleOf, type GrantRow, placeOfIssuer } from './certificate-data';

const row: GrantRow = {
  id: '3f1c2a6e-8b1d-4c52-9a57-0c7b7e1f2d34',
  award_code: 'giay-khen',
  recipient_kind: 'individual',
  year: 2025,
  decision_number: '05/QĐ-UBND',
  decision_date: '2026-01-05',
  issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG',
  golden_book_number: 'SV-2025-0001',
  status: 'valid',
  revoked_on: null,
  full_name: 'Nguyễn Thị Hương',
  position: 'Công chức Văn phòng - Thống kê',
  unit_name: 'Văn phòng UBND phường',
  decision_place: null,
  signer_authority: null,
  signer_position: null,
  signer_name: null,
};

describe('certificate data from a registry row (legal.md §7.2)', () => {
  it.each([
    [
      'Chủ tịch Ủy ban nhân dân thành phố Lai Châu',
      'Chủ tịch Ủy ban nhân dân thành phố Lai Châu',
      'Lai Châu',
    ],
    ['ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG', 'Chủ tịch ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG', 'Tân Phong'],
    ['Giám đốc Sở Nội vụ', 'Giám đốc Sở Nội vụ', ''],
    [null, '', ''],
  ])('issuer %s → decider %s, place %s', (issuer, decider, place) => {
    expect(deciderTitleOf(issuer)).toBe(decider);
    expect(placeOfIssuer(issuer)).toBe(place);
  });

  it('prints "TẶNG" for a form and "TẶNG DANH HIỆU" for a title, with a signed verification link', () => {
    const key = verificationKeyOf('a-secret-that-is-long-enough-for-tests-000');
    const form = certificateDataOf(row, key, 'https://tdkt.example.vn/');
    expect(form).toMatchObject({
      isTitle: false,
      awardName: 'Giấy khen',
      recipientLine: 'Công chức Văn phòng - Thống kê, Văn phòng UBND phường',
      place: 'Tân Phong',
      signerPosition: 'CHỦ TỊCH',
    });
    const code = form.verifyUrl.replace('https://tdkt.example.vn/verify/', '');
    expect(readVerificationCode(key, code)).toBe(row.id);
    expect(
      readVerificationCode(verificationKeyOf('another-secret-that-is-long-enough-0000'), code),
    ).toBeNull();
    const title = certificateDataOf({ ...row, award_code: 'chien-si-thi-dua-co-so' }, key, 'https://x');
    expect(title).toMatchObject({
      isTitle: true,
      awardName: 'Chiến sĩ thi đua cơ sở',
      achievement: 'Năm 2025',
    });
    const collective = certificateDataOf(
      { ...row, recipient_kind: 'collective', full_name: null },
      key,
      'https://x',
    );
    expect(collective).toMatchObject({ recipientName: 'Văn phòng UBND phường', recipientLine: '' });
  });
});
