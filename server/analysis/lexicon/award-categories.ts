/**
 * The nouns that close an award's category after "best" ("won best actress", "nominated for best foreign film", "Best
 * actors are …"). Chosen by hand from the categories of film, music, television and sports awards in general use.
 */
export const AWARD_CATEGORIES: ReadonlySet<string> = new Set(
  (
    'actor actors actress actresses film films picture director directors album song single video newcomer act ' +
    'group band artist singer vocalist documentary drama comedy musical play screenplay score soundtrack animation player ' +
    'goalkeeper manager coach team athlete performance debut show series programme program novel book'
  ).split(' '),
);

/**
 * The words of an award's categories and of those up for them: in a sentence with one, "best" names a category
 * ("Weblogs have been nominated in 30 categories, … to the best-kept-secret blog", "the nominees in the best British
 * weblog"). Chosen by hand from awards copy.
 */
export const CATEGORY_WORDS: ReadonlySet<string> = new Set([
  'category',
  'categories',
  'nominee',
  'nominees',
  'nominate',
  'shortlist',
]);
