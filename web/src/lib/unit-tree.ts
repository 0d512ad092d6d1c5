import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Unit } from '../../../src/shared/api/units';
import { api } from './api';

export interface UnitNode extends Unit {
  children?: UnitNode[];
}

/** The flat list the server sends (ordered as a tree) → nested nodes; orphans become roots. */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const byId = new Map<string, UnitNode>();
  for (const unit of units) byId.set(unit.id, { ...unit });
  const roots: UnitNode[] = [];
  for (const unit of units) {
    const node = byId.get(unit.id)!;
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    if (parent) {
      parent.children ??= [];
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  return roots;
}

export interface UnitOption {
  value: string;
  title: string;
  children?: UnitOption[];
}

function toOptions(nodes: readonly UnitNode[]): UnitOption[] {
  return nodes.map((node) => ({
    value: node.id,
    title: node.name,
    children: node.children ? toOptions(node.children) : undefined,
  }));
}

export const unitListQueryKey = (includeInactive: boolean) => ['units', 'list', includeInactive] as const;

export function fetchUnits(includeInactive: boolean) {
  return api.get<{ items: Unit[] }>('/units', { includeInactive: String(includeInactive) });
}

/** Active units the user may see, as a tree for TreeSelect pickers. */
export function useUnitOptions() {
  const query = useQuery({
    queryKey: unitListQueryKey(false),
    queryFn: () => fetchUnits(false),
    staleTime: 5 * 60_000,
  });
  const options = useMemo(() => toOptions(buildUnitTree(query.data?.items ?? [])), [query.data]);
  return { options, units: query.data?.items ?? [], isLoading: query.isLoading };
}
