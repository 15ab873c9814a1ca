import { yongchuanPolicy } from '../src/index.js';

/** A small valid planning input as plain JSON-like data (a fresh copy each call, free to edit). */
export function minimalInput(): any {
  return structuredClone({
    versions: { directory: 'd1', inspectors: 'i1', items: 't1' },
    enterprises: [
      {
        uscc: '91350100M000100Y43', name: '福州某某有限公司', industry: 'H62', region: '350100', jurisdiction: 'district',
        registeredOn: '2015-06-01', creditClass: 'B', colour: 'yellow', whiteList: false, trustExempt: false,
        blackList: false, operatingStatus: 'operating',
      },
      {
        uscc: '914403001922038216', name: '深圳某某有限公司', industry: 'F', region: '440300', jurisdiction: 'town',
        registeredOn: '2020-02-29', creditClass: 'unrated', colour: 'none', whiteList: false, trustExempt: false,
        blackList: false, operatingStatus: 'operating',
      },
    ],
    departments: [
      { id: 'samr', name: '市场监督管理局', level: 'district' },
      { id: 'health', name: '卫生健康委员会', level: 'district' },
    ],
    inspectors: [
      { id: 'samr-1', name: '甲', department: 'samr', certified: true, qualifications: ['samr:food'], unavailable: ['2024-01-05'], capacityPerDay: 1, conflicts: ['914403001922038216'] },
      { id: 'health-1', name: '乙', department: 'health', certified: true, qualifications: ['health:hygiene'] },
    ],
    items: [
      { id: 'samr/food', name: '食品经营检查', department: 'samr', kind: 'samr:food', level: 'district', importance: 'key', scope: 'general' },
      { id: 'health/hygiene', name: '公共场所卫生检查', department: 'health', kind: 'health:hygiene', level: 'district', importance: 'general', industries: ['H', 'R'] },
    ],
    jointLists: [{ id: 'joint/H', industry: 'H', lead: 'samr', departments: ['samr', 'health'], items: ['samr/food', 'health/hygiene'] }],
    history: [
      { enterprise: '91350100M000100Y43', date: '2024-01-10', departments: ['samr'], itemKinds: ['samr:food'], joint: false, reason: 'complaint' },
    ],
    policy: yongchuanPolicy,
    period: { year: 2024, batch: 1, start: '2024-01-01', end: '2024-03-31' },
  });
}
