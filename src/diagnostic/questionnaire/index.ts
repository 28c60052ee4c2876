import type { Questionnaire } from './model.js';
import { QUESTIONNAIRE_V1 } from './v1.js';

export * from './model.js';

/** Every version ever put on line, so that each stored result stays readable. Never remove one. */
const VERSIONS: ReadonlyMap<string, Questionnaire> = new Map([[QUESTIONNAIRE_V1.version, QUESTIONNAIRE_V1]]);

/** The version new assessments are answered with. */
export const CURRENT_QUESTIONNAIRE: Questionnaire = QUESTIONNAIRE_V1;

export function questionnaireVersion(version: string): Questionnaire | undefined {
  return VERSIONS.get(version);
}
