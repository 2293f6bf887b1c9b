import { SfCommand } from '@salesforce/sf-plugins-core';
import { withoutCause } from './errors.js';

/** SfCommand whose errors never carry the raw argv (which may contain a secret) into the output. */
export abstract class IdVerifyCommand<T> extends SfCommand<T> {
  protected override async catch(error: Error): Promise<never> {
    return super.catch(withoutCause(error));
  }
}
