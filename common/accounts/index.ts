export * from './datacenters';
export * from './schemas';
export * from './loopback';
