// @ts-check
/**
 * A build for driving the packaged app with Playwright's _electron, which needs
 * the inspector fuse. It is a separate file, not an environment variable, so a
 * release build can never be made with the inspector on by accident or by
 * whoever controls the build machine's environment; and it is named and
 * identified differently, so it can never pass for Outpost itself.
 */
// electron-builder loads its config with require(): a CommonJS file, like the release config it extends.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const release = require('./electron-builder.config.cjs');

/** @type {import('electron-builder').Configuration} */
module.exports = {
  ...release,
  appId: `${release.appId}.test`,
  productName: 'Outpost Test Build',
  directories: { ...release.directories, output: 'release-test' },
  electronFuses: { ...release.electronFuses, enableNodeCliInspectArguments: true },
};
