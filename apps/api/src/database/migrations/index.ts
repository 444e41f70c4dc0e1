import { IdentityAndReference1764288000000 } from './1764288000000-identity-and-reference.js';
import { DeliberationCore1764374400000 } from './1764374400000-deliberation-core.js';
import { Proposals1764460800000 } from './1764460800000-proposals.js';
import { Revisions1764547200000 } from './1764547200000-revisions.js';
import { Notifications1764633600000 } from './1764633600000-notifications.js';
import { Moderation1764720000000 } from './1764720000000-moderation.js';
import { Summaries1764806400000 } from './1764806400000-summaries.js';

/** Every migration, oldest first. Listed by hand so ESM builds and tests load the same set. */
export const migrations = [IdentityAndReference1764288000000, DeliberationCore1764374400000, Proposals1764460800000, Revisions1764547200000, Notifications1764633600000, Moderation1764720000000, Summaries1764806400000];
