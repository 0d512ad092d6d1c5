import { blocksSensitivity } from '../modules/blocks/blocks.schema';
import { councilSensitivity } from '../modules/council/council.schema';
import { decisionsSensitivity } from '../modules/decisions/decisions.schema';
import { documentsSensitivity } from '../modules/documents/documents.schema';
import { dossiersSensitivity } from '../modules/dossiers/dossiers.schema';
import { filesSensitivity } from '../modules/files/files.schema';
import { publicNoticeSensitivity } from '../modules/public-notice/public-notice.schema';
import { reviewsSensitivity } from '../modules/reviews/reviews.schema';
import { targetsSensitivity } from '../modules/targets/targets.schema';
import { columnSensitivity as foundationSensitivity, type Sensitivity } from './schema';

/*
 * Every table's column tags in one map (quality F1). Tables of later capabilities live next to their
 * module in `src/server/modules/<module>/<module>.schema.ts`, each exporting its own map, merged here.
 * A test fails when a column of the database has no tag.
 */
export const columnSensitivity: Record<string, Record<string, Sensitivity>> = {
  ...foundationSensitivity,
  ...decisionsSensitivity,
  ...blocksSensitivity,
  ...targetsSensitivity,
  ...documentsSensitivity,
  ...filesSensitivity,
  ...reviewsSensitivity,
  ...dossiersSensitivity,
  ...councilSensitivity,
  ...publicNoticeSensitivity,
};

export type { Sensitivity };
