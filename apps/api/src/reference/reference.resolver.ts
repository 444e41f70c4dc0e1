import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/context.js';
import {
  CreateAgencyInput,
  CreateAreaInput,
  CreateCategoryInput,
  UpdateAgencyInput,
  UpdateAreaInput,
  UpdateCategoryInput,
} from './dto/reference.inputs.js';
import { AgencyModel } from './models/agency.model.js';
import { AreaModel } from './models/area.model.js';
import { CategoryModel } from './models/category.model.js';
import { ReferenceService } from './reference.service.js';

@Resolver(() => AreaModel)
export class AreaResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Query(() => [AreaModel], { description: 'Every area: the regency first, then districts, then villages, each by name.' })
  async areas(): Promise<AreaModel[]> {
    return (await this.reference.areas()).map(AreaModel.from);
  }

  @Query(() => AreaModel, { nullable: true })
  async area(@Args('id', { type: () => ID }) id: string): Promise<AreaModel | null> {
    const area = await this.reference.findArea(id);
    return area ? AreaModel.from(area) : null;
  }

  @ResolveField(() => AreaModel, { nullable: true })
  async parent(@Parent() area: AreaModel, @Context() ctx: GqlContext): Promise<AreaModel | null> {
    if (!area.parentId) return null;
    const parent = await ctx.loaders.area.load(area.parentId);
    return parent ? AreaModel.from(parent) : null;
  }

  @ResolveField(() => [AreaModel])
  async children(@Parent() area: AreaModel, @Context() ctx: GqlContext): Promise<AreaModel[]> {
    return (await ctx.loaders.areaChildren.load(area.id)).map(AreaModel.from);
  }

  @ResolveField(() => Int, { description: 'The threshold in force here: own, inherited, or the default.' })
  effectiveSupportThreshold(@Parent() area: AreaModel, @Context() ctx: GqlContext): Promise<number> {
    return ctx.loaders.areaThreshold.load(area.id);
  }

  @Mutation(() => AreaModel, { description: 'Admins only.' })
  async createArea(@Args('input') input: CreateAreaInput, @Context() ctx: GqlContext): Promise<AreaModel> {
    return AreaModel.from(await this.reference.createArea(ctx.actor, input));
  }

  @Mutation(() => AreaModel, { description: 'Admins only.' })
  async updateArea(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateAreaInput,
    @Context() ctx: GqlContext,
  ): Promise<AreaModel> {
    return AreaModel.from(await this.reference.updateArea(ctx.actor, id, input));
  }

  @Mutation(() => Boolean, { description: 'Admins only; an area in use cannot be deleted.' })
  deleteArea(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.reference.deleteArea(ctx.actor, id);
  }
}

@Resolver(() => CategoryModel)
export class CategoryResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Query(() => [CategoryModel])
  async categories(): Promise<CategoryModel[]> {
    return (await this.reference.categories()).map(CategoryModel.from);
  }

  @ResolveField(() => AgencyModel, { nullable: true })
  async defaultAgency(@Parent() category: CategoryModel, @Context() ctx: GqlContext): Promise<AgencyModel | null> {
    if (!category.defaultAgencyId) return null;
    const agency = await ctx.loaders.agency.load(category.defaultAgencyId);
    return agency ? AgencyModel.from(agency) : null;
  }

  @Mutation(() => CategoryModel, { description: 'Admins only.' })
  async createCategory(@Args('input') input: CreateCategoryInput, @Context() ctx: GqlContext): Promise<CategoryModel> {
    return CategoryModel.from(await this.reference.createCategory(ctx.actor, input));
  }

  @Mutation(() => CategoryModel, { description: 'Admins only.' })
  async updateCategory(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCategoryInput,
    @Context() ctx: GqlContext,
  ): Promise<CategoryModel> {
    return CategoryModel.from(await this.reference.updateCategory(ctx.actor, id, input));
  }

  @Mutation(() => Boolean, { description: 'Admins only.' })
  deleteCategory(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.reference.deleteCategory(ctx.actor, id);
  }
}

@Resolver(() => AgencyModel)
export class AgencyResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Query(() => [AgencyModel])
  async agencies(): Promise<AgencyModel[]> {
    return (await this.reference.agencies()).map(AgencyModel.from);
  }

  @Mutation(() => AgencyModel, { description: 'Admins only.' })
  async createAgency(@Args('input') input: CreateAgencyInput, @Context() ctx: GqlContext): Promise<AgencyModel> {
    return AgencyModel.from(await this.reference.createAgency(ctx.actor, input));
  }

  @Mutation(() => AgencyModel, { description: 'Admins only.' })
  async updateAgency(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateAgencyInput,
    @Context() ctx: GqlContext,
  ): Promise<AgencyModel> {
    return AgencyModel.from(await this.reference.updateAgency(ctx.actor, id, input));
  }

  @Mutation(() => Boolean, { description: 'Admins only; an agency with officials cannot be deleted.' })
  deleteAgency(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.reference.deleteAgency(ctx.actor, id);
  }
}
