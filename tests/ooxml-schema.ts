/**
 * The OOXML schema check shared by the letter's and the review files' tests: every XML part is validated with xmllint
 * against the ISO/IEC 29500 transitional schemas (tests/fixtures/ooxml-xsd/, see SOURCE.md there) after
 * markup-compatibility processing, never touching the network.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const XSD = join(import.meta.dirname, 'fixtures', 'ooxml-xsd');
const hasXmllint = spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
/** Skipped only off CI when xmllint is missing (CI installs libxml2-utils). */
export const skipSchemaCheck = !hasXmllint && !process.env.CI;

/** Which schema checks a part: WordprocessingML, DrawingML theme, document properties, package parts. */
export function schemaFor(name: string): string | null {
  if (name === '[Content_Types].xml') return 'opc-xsd/opc-contentTypes.xsd';
  if (name.endsWith('.rels')) return 'opc-xsd/opc-relationships.xsd';
  if (name === 'docProps/core.xml') return 'opc-xsd/opc-coreProperties.xsd';
  if (name === 'docProps/app.xml') return 'shared-documentPropertiesExtended.xsd';
  if (name === 'docProps/custom.xml') return 'shared-documentPropertiesCustom.xsd';
  if (/^customXml\/itemProps\d+\.xml$/.test(name)) return 'shared-customXmlDataProperties.xsd';
  if (/^word\/theme\/[^/]+\.xml$/.test(name)) return 'dml-main.xsd';
  if (/^word\/[^/]+\.xml$/.test(name)) return 'wml-check.xsd';
  return null;
}

/**
 * Markup compatibility (ECMA-376 Part 3) as a consumer that knows none of the ignorable namespaces applies it: the
 * mc:Ignorable attribute goes, and so do the attributes and elements of the namespaces it lists (w14, w15, wp14 …).
 */
export function processMarkupCompatibility(xml: string): string {
  const ignorable = /\smc:Ignorable="([^"]*)"/.exec(xml)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  let result = xml.replace(/\smc:Ignorable="[^"]*"/, '');
  for (const prefix of ignorable) {
    result = result
      .replace(new RegExp(`\\s${prefix}:[\\w.-]+="[^"]*"`, 'g'), '')
      .replace(new RegExp(`<${prefix}:([\\w.-]+)\\b[^>]*/>`, 'g'), '')
      .replace(new RegExp(`<${prefix}:([\\w.-]+)\\b[^>]*>[\\s\\S]*?</${prefix}:\\1>`, 'g'), '');
  }
  return result;
}

export interface Checked {
  file: string;
  part: string;
  schema: string;
}

/** Validates parts with xmllint (one run per schema, never the network); returns xmllint's complaints per part. */
export async function validate(
  dir: string,
  parts: Record<string, string>,
): Promise<{ checked: Checked[]; errors: string[] }> {
  const checked: Checked[] = [];
  for (const [part, xml] of Object.entries(parts)) {
    const schema = schemaFor(part);
    if (!schema) continue;
    const file = join(dir, part.replace(/[[\]]/g, '_'));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, processMarkupCompatibility(xml));
    checked.push({ file, part, schema });
  }
  const errors: string[] = [];
  for (const schema of new Set(checked.map((entry) => entry.schema))) {
    const files = checked.filter((entry) => entry.schema === schema).map((entry) => entry.file);
    const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(XSD, schema), ...files], {
      env: { ...process.env, XML_CATALOG_FILES: join(XSD, 'catalog.xml') },
      encoding: 'utf8',
    });
    const lines = result.stderr
      .split('\n')
      .filter((line) => line.trim() !== '' && !/ validates$/.test(line))
      // The Dublin Core schemas import each other twice (by URL and by file): libxml2 notes that it skips one.
      .filter((line) => !/Skipping import of schema/.test(line));
    errors.push(...lines.map((line) => line.replace(dir, '')));
  }
  return { checked, errors };
}
