// (5) Every metadata XML file must be well-formed: `sf project convert source` does not notice broken XML.
import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { project, rel, walk } from './paths.js';

export const name = 'metadata XML well-formedness (fast-xml-parser)';

export async function run() {
  const files = walk(project.forceApp).filter((f) => f.endsWith('.xml') && !f.includes('__tests__'));
  const problems = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const result = XMLValidator.validate(text, { allowBooleanAttributes: false });
    if (result !== true) {
      const { code, msg, line, col } = result.err;
      problems.push(`${rel(file)}:${line}:${col}: ${code} ${msg}`);
    } else if (!text.startsWith('<?xml')) {
      problems.push(`${rel(file)}: missing XML declaration`);
    } else if (!/xmlns="http:\/\/soap\.sforce\.com\/2006\/04\/metadata"/.test(text)) {
      problems.push(`${rel(file)}: root element lacks the Metadata API namespace`);
    }
  }
  return { problems, summary: `${files.length} XML files` };
}
