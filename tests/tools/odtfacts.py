#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints what LibreOffice would lay out from an ODT, one fact per line, for tst_draftexport:
the package's structure, the page, the styles the paragraphs use and the frames' sizes."""
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    'office': 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
    'style': 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
    'text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
    'table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
    'draw': 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
    'fo': 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
    'svg': 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
    'xlink': 'http://www.w3.org/1999/xlink',
    'manifest': 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0',
}


def q(name):
    prefix, local = name.split(':')
    return '{%s}%s' % (NS[prefix], local)


def cm(length):
    for unit, factor in (('cm', 1.0), ('mm', 0.1), ('in', 2.54), ('pt', 2.54 / 72)):
        if length.endswith(unit):
            return float(length[:-len(unit)]) * factor
    raise ValueError('not a length: ' + length)


def text_of(element):
    """A paragraph's text as a reader sees it: tabs as \\t, line breaks as |."""
    out = element.text or ''
    for child in element:
        if child.tag == q('text:tab'):
            out += '\t'
        elif child.tag == q('text:line-break'):
            out += '|'
        elif child.tag == q('text:s'):
            out += ' ' * int(child.get(q('text:c'), '1'))
        else:
            out += text_of(child)
        out += child.tail or ''
    return out


z = zipfile.ZipFile(sys.argv[1])
first = z.infolist()[0]
print('FIRST', first.filename, 'stored' if first.compress_type == zipfile.ZIP_STORED else 'compressed', len(first.extra))
print('BADCRC', z.testzip())
trees = {name: ET.fromstring(z.read(name)) for name in z.namelist() if name.endswith('.xml')}
listed = {e.get(q('manifest:full-path')) for e in trees['META-INF/manifest.xml'].iter(q('manifest:file-entry'))}
unlisted = [n for n in z.namelist() if n not in listed and n not in ('mimetype', 'META-INF/manifest.xml')]
missing = [n for n in listed if n != '/' and n not in z.namelist()]
print('MANIFEST', 'ok' if not unlisted and not missing else 'unlisted %s missing %s' % (unlisted, missing))

styles = trees['styles.xml']
layouts = {l.get(q('style:name')): l.find(q('style:page-layout-properties')) for l in styles.iter(q('style:page-layout'))}
master = next(m for m in styles.iter(q('style:master-page')) if m.get(q('style:name')) == 'Standard')
page = layouts[master.get(q('style:page-layout-name'))]
print('PAGE %.1f %.1f margins %.1f %.1f %.1f %.1f' % tuple(
    cm(page.get(q(a))) for a in ('fo:page-width', 'fo:page-height', 'fo:margin-top', 'fo:margin-right',
                                 'fo:margin-bottom', 'fo:margin-left')))
footer = master.find(q('style:footer'))
if footer is not None:
    print('FOOTER', 'page-number' if footer.find('.//' + q('text:page-number')) is not None else '-',
          'page-count' if footer.find('.//' + q('text:page-count')) is not None else '-', text_of(footer.find(q('text:p'))))

named = {}
for s in styles.find(q('office:styles')).iter(q('style:style')):
    props = {}
    for kind in ('style:paragraph-properties', 'style:text-properties'):
        p = s.find(q(kind))
        if p is not None:
            props.update({k.split('}')[1]: v for k, v in p.attrib.items()})
            tabs = p.find(q('style:tab-stops'))
            if tabs is not None:
                props['tabs'] = ','.join('%s@%.2f' % (t.get(q('style:type'), 'left'), cm(t.get(q('style:position'))))
                                         for t in tabs)
    named[s.get(q('style:name'))] = props

content = trees['content.xml']
body = content.find(q('office:body')).find(q('office:text'))
used = {}
for p in body.iter():
    if p.tag not in (q('text:p'), q('text:h')):
        continue
    used.setdefault(p.get(q('text:style-name')), []).append(text_of(p))
for name in sorted(used):
    props = named.get(name)
    if props is None:
        print('STYLE', name, 'undefined')
        continue
    print('STYLE', name, 'paragraphs', len(used[name]),
          ' '.join('%s=%s' % (k, props[k]) for k in sorted(props)))
for name in ('Subject', 'Protocol', 'Letterhead'):
    for t in used.get(name, []):
        print('TEXT', name, t)

for frame in content.iter(q('draw:frame')):
    image = frame.find(q('draw:image'))
    print('FRAME', frame.get(q('draw:name')), '%.2f %.2f' % (cm(frame.get(q('svg:width'))), cm(frame.get(q('svg:height')))),
          image.get(q('xlink:href')) if image is not None else '-')

automatic = {s.get(q('style:name')): s for s in content.find(q('office:automatic-styles'))}
for table in body.iter(q('table:table')):
    widths = []
    for column in table.findall(q('table:table-column')):
        props = automatic[column.get(q('table:style-name'))].find(q('style:table-column-properties'))
        widths.append(cm(props.get(q('style:column-width'))))
    width = automatic[table.get(q('table:style-name'))].find(q('style:table-properties')).get(q('style:width'))
    rows = len(table.findall('.//' + q('table:table-row')))
    print('TABLE %s width %.2f columns %.2f rows %d' % (table.get(q('table:name')), cm(width), sum(widths), rows))
