import { ConsoleRefusal } from '../console/refusal';
import type { FileProblem } from '../../shared/screening/import-report';

/** A whole file refused: nothing is imported; the code is the console's error code. */
export class ImportRefusal extends ConsoleRefusal {
  constructor(readonly problem: FileProblem) {
    super(problem, `file refused: ${problem}`);
  }
}
