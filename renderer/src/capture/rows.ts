/**
 * What capture keeps in IndexedDB, typed from the environment-free schemas in
 * common/capture (which also check rows coming back from files: packages, backups).
 */
export type { LocalSurvey as SurveyRow, DraftRow, ResponseRow } from '../../../common/capture';
