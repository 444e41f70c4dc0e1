import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AgencyEntity } from '../agency.entity.js';

@ObjectType('Agency', { description: 'A government agency (OPD) that answers proposals.' })
export class AgencyModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'The short name people use, such as "Dinas PUPR".' })
  shortName: string | null;

  @Field()
  slug: string;

  static from(e: AgencyEntity): AgencyModel {
    return Object.assign(new AgencyModel(), { id: e.id, name: e.name, shortName: e.shortName, slug: e.slug });
  }
}
