export * from './datacenters.js';
export * from './schemas.js';
