import { BODY, body, heading, lines, mottoHead, twoSigners } from './blocks';
import { loopTable, para } from './wordml';

/*
 * Achievement reports (báo cáo thành tích), following the structure of Mẫu 05 of the Decree 152/2025
 * appendix: I. summary, II. achievements, III. awards already received, then the signatures.
 */

const HISTORY_COLUMNS = (what: string) =>
  [
    { header: 'Năm', field: 'year', width: 1000, align: 'center' as const },
    { header: what, field: 'award', width: 2900 },
    { header: 'Số, ngày, tháng, năm của quyết định', field: 'decision', width: 2954 },
    { header: 'Cơ quan ban hành quyết định', field: 'issuer', width: 2500 },
  ] as const;

function awardTitle(): string[] {
  return [
    para('BÁO CÁO THÀNH TÍCH', { b: true, align: 'center', sz: 14, before: 6 }),
    para(['ĐỀ NGHỊ TẶNG ', '{awardName}'], { b: true, caps: true, align: 'center', sz: 14, after: 12 }),
  ];
}

function history(): string[] {
  return [
    heading('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    heading('1. Danh hiệu thi đua'),
    loopTable('titles', HISTORY_COLUMNS('Danh hiệu thi đua')),
    heading('2. Hình thức khen thưởng'),
    loopTable('awards', HISTORY_COLUMNS('Hình thức khen thưởng')),
    para('', { after: 6 }),
  ];
}

const field = (label: string, name: string) => para(['- ', label, ': ', `{${name}}`, '.'], BODY);

export function achievementIndividualBody(): string[] {
  return [
    ...mottoHead(),
    ...awardTitle(),
    heading('I. SƠ LƯỢC LÝ LỊCH'),
    field('Họ và tên', 'fullName'),
    field('Sinh ngày, tháng, năm', 'birthDate'),
    field('Giới tính', 'sex'),
    field('Dân tộc', 'ethnicity'),
    field('Quê quán', 'hometown'),
    field('Trú quán', 'residence'),
    field('Đơn vị công tác', 'unitName'),
    field('Chức vụ (Đảng, chính quyền, đoàn thể)', 'position'),
    field('Trình độ chuyên môn, nghiệp vụ', 'education'),
    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    heading('1. Quyền hạn, nhiệm vụ được giao'),
    ...lines('duties'),
    heading('2. Thành tích đạt được'),
    ...lines('achievements'),
    ...history(),
    twoSigners(
      { caption: ['THỦ TRƯỞNG ĐƠN VỊ', 'XÁC NHẬN, ĐỀ NGHỊ', '{confirmerTitle}'], name: 'confirmerName' },
      { caption: ['NGƯỜI BÁO CÁO THÀNH TÍCH'], name: 'fullName' },
    ),
  ];
}

export function achievementCollectiveBody(): string[] {
  return [
    ...mottoHead(),
    ...awardTitle(),
    body(['Tên tập thể đề nghị: ', '{collectiveName}', '.'], { b: true }),
    heading('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
    heading('1. Đặc điểm, tình hình'),
    field('Địa chỉ', 'address'),
    field('Điện thoại', 'phone'),
    field('Tổng số cán bộ, công chức, viên chức, người lao động', 'memberCount'),
    ...lines('situation'),
    heading('2. Chức năng, nhiệm vụ'),
    ...lines('functions'),
    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    ...lines('achievements'),
    ...history(),
    twoSigners(
      { caption: ['XÁC NHẬN CỦA CẤP TRÌNH KHEN', '{confirmerTitle}'], name: 'confirmerName' },
      { caption: ['{headTitle}'], name: 'headName' },
    ),
  ];
}
