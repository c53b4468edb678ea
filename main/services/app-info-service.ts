import type { AppInfo } from '../../common/contract';

export interface AppInfoEnvironment {
  name: string;
  version: string;
  platform: string;
  dataFolder: string;
  host: AppInfo['host'];
}

export class AppInfoService {
  constructor(private readonly environment: AppInfoEnvironment) {}

  info(): AppInfo {
    const { name, version, platform, dataFolder, host } = this.environment;
    return { name, version, platform: knownPlatform(platform), dataFolder, host };
  }
}

function knownPlatform(platform: string): AppInfo['platform'] {
  return platform === 'win32' || platform === 'darwin' || platform === 'linux' ? platform : 'other';
}
