export { openStore } from './open.ts';
export { isRecordId, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from './ids.ts';
export type * from './types.ts';
