import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Messages } from '@salesforce/core';
import { Flags } from '@salesforce/sf-plugins-core';
import { brokers, type EidId } from '@idverify/verification-core';
import { IdVerifyCommand } from '../../../lib/command.js';
import { usageError } from '../../../lib/errors.js';
import { BROKER_IDS, EID_IDS, parseIssuer } from '../../../lib/flags.js';
import { generateOrgMetadata, type OrgConfig } from '../../../lib/metadata.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('@idverify/sf-plugin', 'idverify.config.generate');

export interface ConfigGenerateResult {
  outputDir: string;
  files: Array<{ path: string; type: string; fullName: string }>;
  config: OrgConfig;
}

export default class ConfigGenerate extends IdVerifyCommand<ConfigGenerateResult> {
  public static override readonly summary = messages.getMessage('summary');
  public static override readonly description = messages.getMessage('description');
  public static override readonly examples = messages.getMessages('examples');

  public static override readonly flags = {
    issuer: Flags.string({
      summary: messages.getMessage('flags.issuer.summary'),
      required: true,
      env: 'IDVERIFY_ISSUER',
    }),
    'client-id': Flags.string({
      summary: messages.getMessage('flags.client-id.summary'),
      required: true,
      env: 'IDVERIFY_CLIENT_ID',
    }),
    eids: Flags.string({
      summary: messages.getMessage('flags.eids.summary'),
      required: true,
      multiple: true,
      delimiter: ',',
      options: [...EID_IDS],
    }),
    broker: Flags.string({
      summary: messages.getMessage('flags.broker.summary'),
      options: [...BROKER_IDS],
      default: 'idura',
    }),
    company: Flags.string({ summary: messages.getMessage('flags.company.summary'), default: '' }),
    'challenge-limit': Flags.integer({
      summary: messages.getMessage('flags.challenge-limit.summary'),
      min: 1,
      default: 3,
    }),
    'window-minutes': Flags.integer({
      summary: messages.getMessage('flags.window-minutes.summary'),
      min: 1,
      default: 10,
    }),
    'national-id-field': Flags.string({
      summary: messages.getMessage('flags.national-id-field.summary'),
    }),
    'output-dir': Flags.directory({
      summary: messages.getMessage('flags.output-dir.summary'),
      char: 'd',
      required: true,
    }),
    force: Flags.boolean({ summary: messages.getMessage('flags.force.summary'), default: false }),
  };

  public async run(): Promise<ConfigGenerateResult> {
    const { flags } = await this.parse(ConfigGenerate);
    const issuer = parseIssuer(flags.issuer, (value) => messages.getMessage('error.invalidIssuer', [value]));
    if (issuer.insecure) this.warn(messages.getMessage('warning.httpIssuer', [issuer.value]));

    const eids = [...new Set(flags.eids)] as EidId[];
    const preset = brokers[flags.broker as keyof typeof brokers];
    const offered = Object.keys(preset.eids) as EidId[];
    const missing = eids.filter((eid) => !offered.includes(eid));
    if (missing.length > 0) {
      throw usageError(
        messages.getMessage('error.eidNotOffered', [flags.broker, missing.join(', '), offered.join(', ')]),
      );
    }
    if (!flags.company) this.warn(messages.getMessage('warning.noCompany'));
    const nationalIdField = flags['national-id-field'];
    if (nationalIdField !== undefined && !/^[A-Za-z][A-Za-z0-9_]{0,79}$/.test(nationalIdField)) {
      throw usageError(messages.getMessage('error.invalidFieldName', [nationalIdField]));
    }

    const config: OrgConfig = {
      issuer: issuer.value,
      clientId: flags['client-id'],
      broker: flags.broker,
      eids,
      company: flags.company,
      challengeLimit: flags['challenge-limit'],
      windowMinutes: flags['window-minutes'],
      ...(nationalIdField ? { nationalIdField } : {}),
    };
    const outputDir = resolve(flags['output-dir']);
    const files = generateOrgMetadata(config);
    if (!flags.force) {
      for (const file of files) {
        const target = join(outputDir, file.path);
        if (await exists(target))
          throw usageError(messages.getMessage('error.fileExists', [target]), 'FileExists');
      }
    }
    for (const file of files) {
      const target = join(outputDir, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content, 'utf8');
      this.log(`  ${file.type.padEnd(18)} ${target}`);
    }
    this.logSuccess(`Wrote ${files.length} metadata files.`);
    this.info(messages.getMessage('info.next', [outputDir]));
    return {
      outputDir,
      files: files.map((file) => ({
        path: join(outputDir, file.path),
        type: file.type,
        fullName: file.fullName,
      })),
      config,
    };
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
