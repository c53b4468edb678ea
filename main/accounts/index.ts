export * from './accounts-service.js';
export * from './accounts-file.js';
export * from './client-factory.js';
