export * from './kinds.js';
export * from './target.js';
export * from './catalogue-entry.js';
export * from './status-defaults.js';
export * from './questionpro-catalogue.js';
export * from './qmob-catalogue.js';
export * from './transport-catalogue.js';
export * from './service-error.js';
