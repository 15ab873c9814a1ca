/**
 * Test helpers: deterministic synthetic directories for examples, demos, tests, benchmarks and a
 * platform's own integration tests. Import from `double-random/testing`.
 *
 * @packageDocumentation
 */
export { generateDirectory } from './generateDirectory.js';
export type { GenerateDirectoryOptions } from './generateDirectory.js';
export { generateEnterprises } from './generateEnterprises.js';
export type { GenerateEnterprisesOptions } from './generateEnterprises.js';
