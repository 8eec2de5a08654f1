export type * from './types.ts';
export * from './validate.ts';
export * from './derive.ts';
