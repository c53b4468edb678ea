export * from './names';
export * from './operations';
export * from './events';
export type * from './bridge';
