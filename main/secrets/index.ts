export * from './secret-store';
export * from './memory-secret-store';
export * from './keyring-secret-store';
