import type { TemplateKey } from '../template-data';
import { achievementCollectiveBody, achievementIndividualBody } from './achievement-templates';
import {
  councilMinutesBody,
  coverLetterBody,
  decisionBody,
  pledgeListBody,
  reviewReportBody,
  voteTallyBody,
} from './administrative-templates';
import { buildDocx } from './wordml';

const BODIES: Record<TemplateKey, { title: string; body: () => string[] }> = {
  decision: { title: 'Quyết định khen thưởng', body: decisionBody },
  'cover-letter': { title: 'Tờ trình đề nghị khen thưởng', body: coverLetterBody },
  'achievement-individual': { title: 'Báo cáo thành tích cá nhân', body: achievementIndividualBody },
  'achievement-collective': { title: 'Báo cáo thành tích tập thể', body: achievementCollectiveBody },
  'council-minutes': { title: 'Biên bản họp Hội đồng Thi đua - Khen thưởng', body: councilMinutesBody },
  'vote-tally': { title: 'Biên bản kiểm phiếu', body: voteTallyBody },
  'review-report': { title: 'Báo cáo sơ kết, tổng kết phong trào', body: reviewReportBody },
  'pledge-list': { title: 'Bản đăng ký thi đua', body: pledgeListBody },
};

/** The built-in .docx of a template key, as `scripts/make-templates.ts` writes it to `templates/`. */
export function makeBuiltInTemplate(key: TemplateKey): Buffer {
  const { title, body } = BODIES[key];
  return buildDocx(title, body());
}
