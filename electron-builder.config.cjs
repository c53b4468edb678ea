// @ts-check
/**
 * Packaging for Windows (NSIS per user, MSI per machine) and macOS (DMG, plus
 * the zip the updater needs). Signing and notarisation come only from the
 * environment (CSC_LINK, CSC_KEY_PASSWORD, APPLE_API_KEY, APPLE_API_KEY_ID,
 * APPLE_API_ISSUER, APPLE_TEAM_ID): no secret lives in the repo.
 */

/**
 * Where installed copies look for updates: only from the build's environment,
 * never from the repository or the running app. OUTPOST_UPDATE_URL is an
 * https:// folder holding latest.yml / latest-mac.yml and the installers
 * (electron-builder's "generic" provider, the one OUTPOST_UPDATE_PROVIDER may
 * name). Without it the build has no feed and its copies never update themselves.
 * @returns {import('electron-builder').Configuration['publish']}
 */
function updateFeed() {
  const url = process.env.OUTPOST_UPDATE_URL;
  if (!url) return null;
  const provider = process.env.OUTPOST_UPDATE_PROVIDER || 'generic';
  if (provider !== 'generic') throw new Error(`OUTPOST_UPDATE_PROVIDER must be "generic", not "${provider}"`);
  if (!/^https:\/\/[^\s]+$/.test(url)) throw new Error('OUTPOST_UPDATE_URL must be an https:// address');
  return [
    {
      provider: 'generic',
      url,
      ...(process.env.OUTPOST_UPDATE_CHANNEL ? { channel: process.env.OUTPOST_UPDATE_CHANNEL } : {}),
    },
  ];
}

/**
 * The MSI's upgrade code: fixed for the product's life, so that Intune, SCCM
 * or Group Policy replace an installed version instead of adding a second one.
 */
const MSI_UPGRADE_CODE = '6f1c1e7a-3b0d-4c55-9a51-2c7e0d4b8f31';

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
  publish: updateFeed(),
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
    target: [
      { target: 'nsis', arch: ['x64', 'arm64'] },
      { target: 'msi', arch: ['x64'] },
    ],
    icon: 'build/icon.png',
    // An update is installed only if its Authenticode publisher is the one that signed this app.
    verifyUpdateCodeSignature: true,
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
  },
  // For IT (Intune, SCCM, Group Policy): per machine into Program Files, silent by default; IT updates it, so
  // the app's own updater stays off for this install (main/updates/update-policy.ts).
  msi: {
    oneClick: true,
    perMachine: true,
    upgradeCode: MSI_UPGRADE_CODE,
    runAfterFinish: false,
    createDesktopShortcut: false,
    createStartMenuShortcut: true,
  },
  mac: {
    // The zip is what the updater downloads on macOS; the DMG is for people.
    target: [
      { target: 'dmg', arch: ['arm64', 'x64'] },
      { target: 'zip', arch: ['arm64', 'x64'] },
    ],
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
