import type { Unit } from '../../../shared/api/units';
import type { UnitKind, UnitStatus } from '../../../shared/codes';
import type { UnitRow } from './units.policy';

export function presentUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    parentId: row.parentId,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind as UnitKind,
    status: row.status as UnitStatus,
    validFrom: row.validFrom,
    validTo: row.validTo,
    successorId: row.successorId,
    depth: row.path.split('/').filter(Boolean).length - 1,
    version: row.version,
  };
}
