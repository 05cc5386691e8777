/**
 * Capitalised words a figure may follow at the start of a sentence or a title ("In 2005", "The 23-year-old", "Some
 * 40 people"), where any other capitalised word before a number makes the number part of a name ("Xbox 2"). From
 * general English: prepositions, determiners and approximators.
 */
export const FIGURE_LEADS: ReadonlySet<string> = new Set(
  'in on by since until from to of at top over under about some around nearly almost the a an his her its their our last next these those only all just up'.split(
    ' ',
  ),
);
