/** Where a result is, as SARIF's artifactLocation: a URI reference, with a base id when relative. */
export interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** The base id GitHub code scanning and other SARIF consumers resolve to the checkout's root. */
export const sourceRootBaseId = '%SRCROOT%';

// Per path segment: encodeURI leaves `?`, `#` and `:` alone, but in a path they would start a query,
// a fragment or (in a relative reference's first segment) be read as a scheme.
const encodeSegment = (segment: string): string =>
  encodeURI(segment).replace(/[?#:]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Turns a displayed file path into a SARIF artifact location. Paths are shown relative to the
 * working folder when under it, else absolute; relative ones become relative URIs against
 * `%SRCROOT%`, absolute ones `file://` URIs. Backslashes become slashes, other characters are
 * percent-encoded as RFC 3986 requires (spaces, `%`, Polish letters).
 */
export function artifactLocation(file: string): ArtifactLocation {
  const path = file.replace(/\\/g, '/');
  if (path.startsWith('//')) {
    // A Windows UNC path, \\server\share\…: the server is the URI's authority.
    const [host = '', ...rest] = path.slice(2).split('/');
    return { uri: `file://${encodeURI(host)}/${rest.map(encodeSegment).join('/')}` };
  }
  if (/^[A-Za-z]:\//.test(path)) return { uri: `file:///${path.slice(0, 2)}/${path.slice(3).split('/').map(encodeSegment).join('/')}` };
  if (path.startsWith('/')) return { uri: `file://${path.split('/').map(encodeSegment).join('/')}` };
  return { uri: path.split('/').map(encodeSegment).join('/'), uriBaseId: sourceRootBaseId };
}
