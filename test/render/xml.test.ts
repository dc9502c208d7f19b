import { describe, expect, it } from 'vitest';
import { parseXml } from './xml.js';

// The JUnit tests lean on this reader; these make sure it would catch what it is there to catch.
describe('test XML reader', () => {
  it('reads elements, attributes, entities and character references', () => {
    const root = parseXml('<?xml version="1.0"?>\n<a x="1 &amp; &lt;2&gt;&#10;&#x9;" y=\'q\'><b/>t&apos;&quot;&#13;</a>\n');
    expect(root).toEqual({ name: 'a', attributes: { x: '1 & <2>\n\t', y: 'q' }, children: [{ name: 'b', attributes: {}, children: [], text: '' }], text: 't\'"\r' });
  });

  it.each([
    ['<a><b></a></b>', /closes/],
    ['<a>', /unclosed/],
    ['<a>x & y</a>', /reference/],
    ['<a>x < y</a>', /name/],
    ['<a x="<"/>', /attribute/],
    ['<a x="1" x="2"/>', /duplicate/],
    ['<a/><b/>', /after the root/],
    ['<a>\u0001</a>', /illegal/],
    ['<a>&#0;</a>', /bad reference/],
    ['<a>&nbsp;</a>', /bad reference/],
    ['<a><!-- c --></a>', /unsupported/],
  ])('rejects %j', (source, error) => {
    expect(() => parseXml(source)).toThrow(error);
  });

  it('normalises literal whitespace in attributes and CR in text, as XML parsers do', () => {
    expect(parseXml('<a x="1\n2\t3"/>').attributes['x']).toBe('1 2 3');
    expect(parseXml('<a>1\r\n2\r3</a>').text).toBe('1\n2\n3');
  });
});
