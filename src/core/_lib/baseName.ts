/**
 * The file name of a path, without its folders (either slash).
 *
 * @param source - a path or a name as the user gave it
 * @returns the last path segment
 * @example
 * baseName("2016\\xa-yen-lac-2016.xlsx") //=> "xa-yen-lac-2016.xlsx"
 */
export function baseName(source: string): string {
  return source.split(/[\\/]/u).pop() ?? source;
}
