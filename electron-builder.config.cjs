// @ts-check
/**
 * Packaging for Windows (NSIS) and macOS (DMG). Signing and notarisation come
 * only from the environment (CSC_LINK, CSC_KEY_PASSWORD, APPLE_API_KEY,
 * APPLE_API_KEY_ID, APPLE_API_ISSUER, APPLE_TEAM_ID): no secret lives in the repo.
 */
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.outpost.desktop',
  productName: 'Outpost',
  copyright: 'Copyright © Outpost',
  directories: { output: 'release', buildResources: 'build' },
  // Only the built app: electron-vite bundles sources into out/, dependencies come from package.json.
  files: ['out/**/*', 'package.json', '!**/*.map', '!out/**/*.d.ts'],
  asar: true,
  npmRebuild: false,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    // Never from the environment: a build for Playwright (which needs the inspector) comes only from
    // electron-builder.test.config.cjs, under another name and app id.
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    grantFileProtocolExtraPrivileges: false,
    enableCookieEncryption: true,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
  },
  mac: {
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    category: 'public.app-category.productivity',
    icon: 'build/icon.png',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
    notarize: Boolean(process.env.APPLE_TEAM_ID),
    extendInfo: {
      NSLocationUsageDescription: 'Outpost records where an interview took place, only when you allow it.',
      NSLocationWhenInUseUsageDescription: 'Outpost records where an interview took place, only when you allow it.',
    },
  },
  dmg: { sign: false },
  // Linux is not a shipping target; the directory build exists so packaging can be checked on CI.
  linux: { target: ['dir'], icon: 'build/icon.png', category: 'Office' },
};
