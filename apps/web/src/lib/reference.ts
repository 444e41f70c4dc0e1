/** The areas and categories a discussion can be filed under, as choices for the list's filters and the new-discussion form. */
import { buildAreaTree, type Area } from '$lib/areas';
import type { ThreadSort } from '$lib/graphql/generated';
import { translate, type Locale } from '$lib/i18n';

export interface Choice {
  value: string;
  label: string;
}

/** A district with its villages, or the regency alone: one `<optgroup>`. */
export interface ChoiceGroup {
  label: string;
  choices: Choice[];
}

/**
 * The regency first, then one group per district: the district itself ("the whole district"), then its villages.
 * Groups rather than indentation, so a screen reader hears where a village lies instead of a row of dashes.
 */
export function areaChoices(areas: readonly Area[], locale: Locale): ChoiceGroup[] {
  const groups: ChoiceGroup[] = [];
  for (const root of buildAreaTree(areas)) {
    groups.push({ label: root.name, choices: [{ value: root.id, label: translate(locale, 'threads.area.whole', { name: root.name }) }] });
    for (const district of root.children) {
      const villages = district.children.map((village) => ({ value: village.id, label: village.name }));
      groups.push({
        label: district.name,
        choices: [{ value: district.id, label: translate(locale, 'threads.area.whole', { name: district.name }) }, ...villages],
      });
    }
  }
  return groups;
}

export interface CategoryNames {
  name: string;
  nameEn: string | null;
}

/** A category in the reader's language; Indonesian when it has no English name. */
export function categoryName(category: CategoryNames, locale: Locale): string {
  return locale === 'en' && category.nameEn ? category.nameEn : category.name;
}

export function categoryChoices(categories: readonly (CategoryNames & { id: string })[], locale: Locale): Choice[] {
  return categories
    .map((category) => ({ value: category.id, label: categoryName(category, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from query strings and forms anyone can edit: anything but an id is treated as "not given". */
export function idOrNull(value: string | null | undefined): string | null {
  return value && UUID.test(value) ? value.toLowerCase() : null;
}

/** The orders the list offers, the default first. */
export const threadSorts: readonly ThreadSort[] = ['NEW', 'ACTIVE', 'TOP'];
