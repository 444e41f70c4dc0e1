import { registerEnumType } from '@nestjs/graphql';
import { Role } from '../access/role.js';
import { AreaLevel } from '../reference/area.entity.js';

registerEnumType(Role, { name: 'Role', description: 'What a person may do on Rembug.' });
registerEnumType(AreaLevel, { name: 'AreaLevel', description: 'Regency (kabupaten), district (kecamatan) or village (desa).' });

export { Role, AreaLevel };
