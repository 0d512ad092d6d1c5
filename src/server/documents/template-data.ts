/*
 * The data each Word template is filled with. Other modules (reviews, council, decisions, dossiers)
 * build these objects and call `renderTemplate` / `issueDocument`. Every string is inserted as plain
 * text (never as template syntax or a Word field); '\n' becomes a line break. Empty strings print
 * nothing; paragraphs that hold only an empty optional field (parentIssuer, signerAuthority) vanish.
 *
 * Derived fields, added by the renderer from `date` (ISO 'YYYY-MM-DD'): `day` (leading zero below 10),
 * `month` (leading zero only for 1 and 2, Decree 30/2020) and `year`. Templates may use {day}, {month}, {year}.
 */

export { TEMPLATE_KEYS, TEMPLATE_LABELS, type TemplateKey } from '../../shared/api/documents';

/** One line of a list printed as its own paragraph (legal bases, body paragraphs, "Nơi nhận"). */
export interface TextLine {
  text: string;
}

/** The Decree 30/2020 heading: issuer block on the left, motto and place-date on the right. */
export interface DocumentHead {
  /** Direct parent body (cơ quan chủ quản), upper case; '' when none. */
  parentIssuer: string;
  /** Issuing body, upper case, e.g. 'ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG'. */
  issuer: string;
  /** Number and symbol after "Số: ", e.g. '125/QĐ-UBND' (or '   /QĐ-UBND' before numbering). */
  number: string;
  /** Place in the date line, e.g. 'Tân Phong'. */
  place: string;
  /** ISO date 'YYYY-MM-DD'; gives {day}, {month}, {year}. */
  date: string;
}

/** Signature block: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" (or ''), position, name. */
export interface SignatureBlock {
  signerAuthority: string;
  signerPosition: string;
  signerName: string;
}

/** "Nơi nhận:" lines, printed as "- {text}" (the caller writes the ';' or '.' at the end). */
export interface CopyToList {
  copyTo: TextLine[];
}

export interface DecisionAnnexRow {
  stt: string;
  fullName: string;
  position: string;
  unitName: string;
  goldenBookNumber: string;
  /** Formatted amount, e.g. '2.340.000' ('' when no prize). */
  amount: string;
}

/** Award decision (Quyết định khen thưởng) with its annex list. */
export interface DecisionData extends DocumentHead, SignatureBlock, CopyToList {
  /** Authority line above "QUYẾT ĐỊNH:", e.g. 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG'. */
  authority: string;
  /** Trích yếu, e.g. 'Về việc tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025'. */
  subject: string;
  /** Each "Căn cứ …;" line; the last ends with '.'. Include "Theo đề nghị của …" as the last line. */
  legalBases: TextLine[];
  /** Text after "Điều 1." (the award), "Điều 2." (prize money), "Điều 3." (execution). */
  article1: string;
  article2: string;
  article3: string;
  /** Annex heading, e.g. 'DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU "CHIẾN SĨ THI ĐUA CƠ SỞ" NĂM 2025'. */
  annexTitle: string;
  /** Who decided, for the annex's "(Kèm theo Quyết định … của …)" line, e.g. 'Chủ tịch UBND phường Tân Phong'. */
  deciderShort: string;
  recipients: DecisionAnnexRow[];
  /** Formatted total of the amount column ('' when no prize). */
  totalAmount: string;
}

export interface ProposalRow {
  stt: string;
  award: string;
  recipients: string;
  count: string;
}

/** Tờ trình đề nghị khen thưởng (Mẫu 01). */
export interface CoverLetterData extends DocumentHead, SignatureBlock, CopyToList {
  subject: string;
  /** 'Kính gửi: …' without the prefix. */
  addressee: string;
  legalBases: TextLine[];
  /** Body paragraphs before the table of proposals. */
  body: TextLine[];
  proposals: ProposalRow[];
  /** Closing paragraph, e.g. 'Kính trình Chủ tịch … xem xét, quyết định./.'. */
  closing: string;
}

export interface AwardHistoryRow {
  year: string;
  /** Title or form of commendation. */
  award: string;
  /** 'Số …, ngày …' of the recognising decision. */
  decision: string;
  issuer: string;
}

/** Báo cáo thành tích cá nhân (structure of Mẫu 05, Decree 152/2025). */
export interface AchievementIndividualData {
  place: string;
  date: string;
  /** e.g. 'Chiến sĩ thi đua cơ sở năm 2025' (printed upper case in the title). */
  awardName: string;
  fullName: string;
  birthDate: string;
  sex: string;
  ethnicity: string;
  hometown: string;
  residence: string;
  unitName: string;
  position: string;
  education: string;
  /** Duties assigned (quyền hạn, nhiệm vụ được giao). */
  duties: TextLine[];
  /** Achievements, one paragraph each. */
  achievements: TextLine[];
  titles: AwardHistoryRow[];
  awards: AwardHistoryRow[];
  /** Head of unit who confirms and proposes. */
  confirmerTitle: string;
  confirmerName: string;
}

/** Báo cáo thành tích tập thể. */
export interface AchievementCollectiveData {
  place: string;
  date: string;
  awardName: string;
  collectiveName: string;
  address: string;
  phone: string;
  memberCount: string;
  /** Organisation and characteristics (đặc điểm, tình hình). */
  situation: TextLine[];
  /** Functions and duties (chức năng, nhiệm vụ). */
  functions: TextLine[];
  achievements: TextLine[];
  titles: AwardHistoryRow[];
  awards: AwardHistoryRow[];
  confirmerTitle: string;
  confirmerName: string;
  headTitle: string;
  headName: string;
}

export interface AttendeeRow {
  fullName: string;
  role: string;
}

export interface VoteResultRow {
  stt: string;
  fullName: string;
  unitName: string;
  award: string;
  yes: string;
  total: string;
  percent: string;
  outcome: string;
}

/** Biên bản họp Hội đồng Thi đua - Khen thưởng. */
export interface CouncilMinutesData extends DocumentHead {
  /** e.g. 'Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm 2025'. */
  subject: string;
  /** e.g. '14 giờ 00 phút, ngày 05/01/2026'. */
  startTime: string;
  location: string;
  chairName: string;
  chairTitle: string;
  secretaryName: string;
  membersTotal: string;
  membersPresent: string;
  attendees: AttendeeRow[];
  absentees: string;
  content: TextLine[];
  results: VoteResultRow[];
  conclusion: TextLine[];
  endTime: string;
}

/** Biên bản kiểm phiếu. */
export interface VoteTallyData extends DocumentHead {
  subject: string;
  startTime: string;
  location: string;
  tellers: AttendeeRow[];
  ballotsIssued: string;
  ballotsReceived: string;
  ballotsValid: string;
  ballotsInvalid: string;
  results: VoteResultRow[];
  endTime: string;
  headTellerName: string;
  secretaryName: string;
}

export interface IndicatorRow {
  stt: string;
  name: string;
  unit: string;
  target: string;
  actual: string;
  rate: string;
}

export interface ReportSection {
  heading: string;
  paragraphs: TextLine[];
}

/** Báo cáo sơ kết / tổng kết phong trào thi đua. */
export interface ReviewReportData extends DocumentHead, SignatureBlock, CopyToList {
  /** 'Sơ kết' or 'Tổng kết'. */
  kindLabel: string;
  subject: string;
  movementTitle: string;
  period: string;
  sections: ReportSection[];
  indicators: IndicatorRow[];
  proposals: TextLine[];
}

export interface PledgePersonRow {
  stt: string;
  fullName: string;
  position: string;
  titles: string;
}

/** Danh sách (bản) đăng ký thi đua của một đơn vị. */
export interface PledgeListData extends DocumentHead, SignatureBlock {
  subject: string;
  movementTitle: string;
  unitName: string;
  collectiveTitles: TextLine[];
  people: PledgePersonRow[];
  commitments: TextLine[];
}

export interface TemplateDataMap {
  decision: DecisionData;
  'cover-letter': CoverLetterData;
  'achievement-individual': AchievementIndividualData;
  'achievement-collective': AchievementCollectiveData;
  'council-minutes': CouncilMinutesData;
  'vote-tally': VoteTallyData;
  'review-report': ReviewReportData;
  'pledge-list': PledgeListData;
}
