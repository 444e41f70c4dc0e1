import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CategoryEntity } from '../category.entity.js';

@ObjectType('Category', { description: 'A topic such as roads, health or education.' })
export class CategoryModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Name in Bahasa Indonesia.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn: string | null;

  @Field()
  slug: string;

  defaultAgencyId: string | null;

  static from(e: CategoryEntity): CategoryModel {
    return Object.assign(new CategoryModel(), {
      id: e.id,
      name: e.name,
      nameEn: e.nameEn,
      slug: e.slug,
      defaultAgencyId: e.defaultAgencyId,
    });
  }
}
