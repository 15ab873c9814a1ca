import {
  nationalPolicy,
  type DepartmentId, type Enterprise, type InspectionItem, type Inspector, type InspectorId, type IsoDate, type ItemId, type JointTask,
  type PlanningInput, type Uscc,
} from '../../src/index.js';
import { generateEnterprises } from '../../src/testing/index.js';

/** Twenty valid enterprises, class B without colour unless changed. */
export const ENTERPRISES: readonly Enterprise[] = Array.from(generateEnterprises({ size: 20, seed: 'staffing-world', registeredBefore: 2024 }))
  .map((e) => ({ ...e, creditClass: 'B', colour: 'none' }));
export const USCCS: readonly Uscc[] = ENTERPRISES.map((e) => e.uscc);

/** Items: samr has two kinds, health one. */
export const ITEMS: readonly InspectionItem[] = [
  { id: 'samr/food' as ItemId, name: '食品', department: 'samr' as DepartmentId, kind: 'samr:food', level: 'district', importance: 'general', scope: 'general', industries: [] },
  { id: 'samr/quality' as ItemId, name: '质量', department: 'samr' as DepartmentId, kind: 'samr:quality', level: 'district', importance: 'general', scope: 'general', industries: [] },
  { id: 'health/hygiene' as ItemId, name: '卫生', department: 'health' as DepartmentId, kind: 'health:hygiene', level: 'district', importance: 'general', scope: 'general', industries: [] },
];

/** An inspector, certified and qualified for the department's every kind unless told otherwise. */
export function inspector(id: string, department: 'samr' | 'health', fields: Partial<Inspector> = {}): Inspector {
  return {
    id: id as InspectorId, name: id, department: department as DepartmentId, certified: true,
    qualifications: department === 'samr' ? ['samr:food', 'samr:quality'] : ['health:hygiene'],
    unavailable: [], capacityPerDay: 1, conflicts: [], ...fields,
  };
}

/** A planning input around the given inspectors; the window is one working day unless told. */
export function world(inspectors: readonly Inspector[], fields: Partial<PlanningInput> = {}): PlanningInput {
  return {
    versions: { directory: 'd', inspectors: 'i', items: 't' },
    enterprises: ENTERPRISES,
    departments: [{ id: 'samr' as DepartmentId, name: '市场监管', level: 'district' }, { id: 'health' as DepartmentId, name: '卫健', level: 'district' }],
    inspectors,
    items: ITEMS,
    jointLists: [],
    history: [],
    policy: nationalPolicy,
    period: { year: 2024, batch: 2, start: '2024-04-08' as IsoDate, end: '2024-04-08' as IsoDate },
    ...fields,
  };
}

/** A joint task on the n-th enterprise, led by the first department given. */
export function jointTask(n: number, departments: readonly ('samr' | 'health')[], items: readonly string[]): JointTask {
  const uscc = USCCS[n] as Uscc;
  return {
    id: `joint:${uscc}`, enterprise: uscc, lead: departments[0] as DepartmentId, leadBy: 'most-items',
    departments: departments as DepartmentId[], items: items as ItemId[], tasks: [`t${n}`], reasons: ['random'],
  };
}
