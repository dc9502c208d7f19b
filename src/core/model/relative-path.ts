/**
 * The format of an include path (`RelativePath` in schemas/common.schema.json): relative, written
 * with `/`, never climbing out with `..`. The same pattern as the schema's (a test compares them):
 * the loader reads no path the schema refuses, so a wrong path is one finding, not two.
 */
export const relativePathPattern = /^(?!\/)(?![A-Za-z]:)(?!.*(^|\/)\.\.(\/|$))[^\\]+$/;

export function isRelativePath(path: string): boolean {
  return relativePathPattern.test(path);
}
