import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AreaLevel } from '../../graphql/enums.js';
import type { AreaEntity } from '../area.entity.js';

@ObjectType('Area', { description: 'A place people live in: the regency, a district (kecamatan) or a village (desa).' })
export class AreaModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'A stable, readable identifier for links.' })
  slug: string;

  @Field(() => AreaLevel)
  level: AreaLevel;

  @Field(() => Int, { nullable: true, description: 'Supports a proposal here needs before an answer is due; unset means inherited.' })
  supportThreshold: number | null;

  parentId: string | null;

  static from(e: AreaEntity): AreaModel {
    return Object.assign(new AreaModel(), {
      id: e.id,
      name: e.name,
      slug: e.slug,
      level: e.level,
      supportThreshold: e.supportThreshold,
      parentId: e.parentId,
    });
  }
}
