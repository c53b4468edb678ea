export * from './accounts-service';
export * from './accounts-file';
export * from './client-factory';
