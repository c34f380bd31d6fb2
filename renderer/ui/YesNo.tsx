import type { HTMLAttributes } from 'react';
import { BigButton } from './BigButton';

/**
 * A yes/no answer as two big buttons side by side, the chosen one shown pressed (`answer` is
 * undefined or null until the person answers). Test ids are `<testId>-yes` and `<testId>-no`.
 */
export function YesNo({
  answer,
  onAnswer,
  yes,
  no,
  testId,
  ...group
}: {
  answer: boolean | null | undefined;
  onAnswer: (yes: boolean) => void;
  yes: string;
  no: string;
  testId: string;
} & Pick<HTMLAttributes<HTMLDivElement>, 'role' | 'aria-labelledby'>) {
  return (
    <div className="options options--row" {...group}>
      <BigButton
        pressed={answer === true}
        onClick={() => onAnswer(true)}
        data-testid={`${testId}-yes`}
      >
        {yes}
      </BigButton>
      <BigButton
        pressed={answer === false}
        onClick={() => onAnswer(false)}
        data-testid={`${testId}-no`}
      >
        {no}
      </BigButton>
    </div>
  );
}
