import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AccountListSchema, AccountSchema, IssuedPasswordSchema } from './accounts';
import { AuditListSchema, AuditVerifySchema } from './audit';
import {
  MeSchema,
  SecuritySettingsResponseSchema,
  SignInResultSchema,
  TwoFactorEnableResultSchema,
} from './auth';
import {
  AssessmentSchema,
  BlockDetailSchema,
  BlockHistorySchema,
  BlockListSchema,
  FlagProposalResultSchema,
  MatrixSchema,
  RankingSchema,
  SheetSchema,
} from './blocks';
import { OkSchema } from './common';
import {
  CouncilCandidateListSchema,
  CouncilCloseResultSchema,
  CouncilMemberListSchema,
  CouncilReadyDossierListSchema,
  CouncilSessionListSchema,
  CouncilSessionSchema,
  CouncilVotedSchema,
} from './council';
import { DashboardSchema } from './dashboard';
import {
  DecisionDefaultsSchema,
  DecisionListSchema,
  DecisionSchema,
  ReadyDossierListSchema,
} from './decisions';
import {
  CertificateDecisionListSchema,
  CertificateJobSchema,
  TemplateListSchema,
  VerificationSchema,
} from './documents';
import {
  DossierDashboardSchema,
  DossierDetailSchema,
  DossierListSchema,
  DossierSettingsSchema,
  HolidayListSchema,
  HolidaySchema,
} from './dossiers';
import { SuggestionListSchema } from './eligibility';
import { StoredFileListSchema, StoredFileSchema } from './files';
import { InitiativeListSchema, InitiativeSchema } from './initiatives';
import { CatalogueSchema, LawOverrideCreateSchema, LawOverrideSchema } from './law';
import {
  ImportCommitResultSchema,
  ImportPreviewSchema,
  PersonAnonymisedSchema,
  PersonDetailSchema,
  PersonListSchema,
} from './people';
import {
  CommentChallengeSchema,
  PublicCommentCreatedSchema,
  PublicNoticeListSchema,
  PublicNoticeSchema,
  StaffCommentListSchema,
  StaffNoticeListSchema,
  StaffNoticeSchema,
} from './public-notice';
import { AwardHistorySchema, RegistryEntrySchema, RegistryListSchema } from './registry';
import { ReviewListSchema, ReviewSchema } from './reviews';
import { TargetBoardSchema, TargetImportPreviewSchema, TargetImportResultSchema } from './targets';
import { UnitDetailSchema, UnitListSchema, UnitSchema } from './units';

/*
 * A response is encoded by the server, and zod cannot encode through a one-way transform: a response
 * schema that contains one answers 500 at run time. Every response schema is checked here.
 */
function transformsIn(schema: z.ZodType, path = '$', seen = new Set<unknown>()): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (seen.has(def)) return [];
  seen.add(def);
  if (def.type === 'transform' || def.type === 'pipe') return [path];
  const out: string[] = [];
  const visit = (child: unknown, p: string) => {
    if (child && typeof child === 'object' && '_zod' in child)
      out.push(...transformsIn(child as z.ZodType, p, seen));
  };
  if (def.shape)
    for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) visit(v, `${path}.${k}`);
  for (const key of ['element', 'innerType', 'valueType', 'in', 'out']) visit(def[key], `${path}.${key}`);
  if (Array.isArray(def.options)) {
    for (const [i, o] of def.options.entries()) visit(o, `${path}|${i}`);
  }
  return out;
}

const RESPONSES = {
  CertificateDecisionListSchema,
  CertificateJobSchema,
  TemplateListSchema,
  VerificationSchema,
  AssessmentSchema,
  BlockDetailSchema,
  BlockHistorySchema,
  BlockListSchema,
  FlagProposalResultSchema,
  MatrixSchema,
  RankingSchema,
  SheetSchema,
  CouncilCandidateListSchema,
  CouncilCloseResultSchema,
  CouncilMemberListSchema,
  CouncilReadyDossierListSchema,
  CouncilSessionListSchema,
  CouncilSessionSchema,
  CouncilVotedSchema,
  CommentChallengeSchema,
  PublicCommentCreatedSchema,
  PublicNoticeListSchema,
  PublicNoticeSchema,
  StaffCommentListSchema,
  StaffNoticeListSchema,
  StaffNoticeSchema,
  AccountListSchema,
  AccountSchema,
  IssuedPasswordSchema,
  AuditListSchema,
  AuditVerifySchema,
  MeSchema,
  SecuritySettingsResponseSchema,
  SignInResultSchema,
  TwoFactorEnableResultSchema,
  OkSchema,
  DashboardSchema,
  StoredFileSchema,
  StoredFileListSchema,
  ReviewSchema,
  ReviewListSchema,
  SuggestionListSchema,
  InitiativeListSchema,
  InitiativeSchema,
  CatalogueSchema,
  LawOverrideSchema,
  ImportCommitResultSchema,
  ImportPreviewSchema,
  PersonAnonymisedSchema,
  PersonDetailSchema,
  PersonListSchema,
  TargetBoardSchema,
  TargetImportPreviewSchema,
  TargetImportResultSchema,
  UnitDetailSchema,
  UnitListSchema,
  UnitSchema,
  AwardHistorySchema,
  RegistryEntrySchema,
  RegistryListSchema,
  DecisionDefaultsSchema,
  DecisionListSchema,
  DecisionSchema,
  ReadyDossierListSchema,
  DossierDashboardSchema,
  DossierDetailSchema,
  DossierListSchema,
  DossierSettingsSchema,
  HolidayListSchema,
  HolidaySchema,
};

describe('response schemas', () => {
  it('the checker finds the transforms of a request schema (it can fail)', () => {
    expect(transformsIn(LawOverrideCreateSchema)).toContain('$.target');
  });

  for (const [name, schema] of Object.entries(RESPONSES)) {
    it(`${name} has no one-way transform`, () => {
      expect(transformsIn(schema as z.ZodType)).toEqual([]);
    });
  }
});
