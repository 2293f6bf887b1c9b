// (4) The source converts to Metadata API format, as `sf project convert source` does: the same library
// (@salesforce/source-deploy-retrieve: ComponentSet + MetadataConverter) without installing the whole sf CLI.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import { project } from './paths.js';

export const name = 'source convert (source-deploy-retrieve, as sf project convert source)';

export async function run() {
  const sfdxProject = JSON.parse(readFileSync(join(project.dir, 'sfdx-project.json'), 'utf8'));
  const output = mkdtempSync(join(tmpdir(), 'idverify-convert-'));
  try {
    const components = ComponentSet.fromSource(project.forceApp);
    components.sourceApiVersion = sfdxProject.sourceApiVersion;
    const result = await new MetadataConverter().convert(components, 'metadata', {
      type: 'directory',
      outputDirectory: output,
      packageName: 'idverify',
      genUniqueDir: false,
    });
    const manifest = readFileSync(join(result.packagePath ?? output, 'package.xml'), 'utf8');
    const types = [...manifest.matchAll(/<name>([^<]+)<\/name>/g)].map((m) => m[1]);
    const problems = components.size === 0 ? ['no components found'] : [];
    return { problems, summary: `${components.size} components: ${types.join(', ')}` };
  } catch (error) {
    return { problems: [String(error.message ?? error)], summary: '' };
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}
