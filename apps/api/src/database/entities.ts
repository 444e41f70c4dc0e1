import { SessionEntity } from '../auth/session.entity.js';
import { AgencyEntity } from '../reference/agency.entity.js';
import { AreaEntity } from '../reference/area.entity.js';
import { CategoryEntity } from '../reference/category.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const entities = [AreaEntity, AgencyEntity, CategoryEntity, UserEntity, SessionEntity];
