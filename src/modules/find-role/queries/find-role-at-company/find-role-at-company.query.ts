import { Query } from '@nestjs/cqrs';
import type { FindRoleResult } from './find-role-result.js';

/** Find the person holding one role at one company, from a plain sentence. Reads and buys data; changes nothing. */
export class FindRoleAtCompanyQuery extends Query<FindRoleResult> {
  constructor(readonly text: string) {
    super();
  }
}
