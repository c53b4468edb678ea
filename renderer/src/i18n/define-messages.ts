/** One way to declare messages everywhere (see common/i18n/phrase.ts). */
export { defineMessages } from '../../../common/i18n/phrase';
