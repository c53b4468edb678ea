export * from './secret-store.js';
export * from './memory-secret-store.js';
export * from './keyring-secret-store.js';
