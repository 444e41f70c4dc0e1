export { PERSONAL_DATA_KINDS } from './kinds.js';
export type { PersonalDataKind, PersonalDataMatch } from './kinds.js';
export { containsPersonalData, findPersonalData, maskPersonalData, personalDataKinds } from './personal-data.js';
export { isNikShape } from './nik.js';
export { passesLuhn } from './payment-card.js';
