export * from './datacenters.js';
export * from './schemas.js';
export * from './loopback.js';
