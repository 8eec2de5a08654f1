// Month and weekday names, with their abbreviations: shared by the analysis (dates and days as
// values) and the segmenter (which abbreviations end a sentence), which the content script
// bundles without the rest of the lexicon.

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
/**
 * The French, Spanish and German names a machine translation leaves as they were ("le 8
 * septembre"), but those that are English words or names too (mars, mai, mayo, julio). For the
 * analysis only: the segmenter (in the content script) needs none of them.
 */
export const FOREIGN_MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, avril: 4, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, junio: 6, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  januar: 1, februar: 2, juni: 6, juli: 7, oktober: 10, dezember: 12,
};
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/**
 * Weekday abbreviations of listings and digests ("Thurs., Sept. 7", "as of Fri. 9/8"). Those that
 * are words too ("sun", "sat", "wed", "mon") count only before a date or a number.
 */
export const WEEKDAY_ABBREVIATIONS: Record<string, string> = {
  tue: 'tuesday', tues: 'tuesday', thu: 'thursday', thur: 'thursday', thurs: 'thursday', fri: 'friday',
  mon: 'monday', wed: 'wednesday', sat: 'saturday', sun: 'sunday',
};
export const AMBIGUOUS_WEEKDAYS = new Set(['mon', 'wed', 'sat', 'sun']);
