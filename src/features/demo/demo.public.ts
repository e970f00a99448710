/**
 * What other features may use of demo/: the one door into it (scripts/layers.test.ts checks
 * that no feature imports another's files directly).
 */
export { demoMembers } from './demo.members.ts';
export { simplePdf } from './demo.resources.ts';
