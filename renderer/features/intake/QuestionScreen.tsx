import { useTranslation } from 'react-i18next';
import { useCatalogue } from '../../app/kiosk-context';
import { useSession } from '../session/session-store';
import { useCatalogueText } from '../../i18n/use-catalogue-text';
import { currentQuestion, stepInfo } from '../../../shared/intake/flow';
import { BigButton } from '../../ui/BigButton';
import { ScreenNav } from '../../ui/ScreenNav';
import { StepIndicator } from '../../ui/StepIndicator';

/** One plain question per screen, answered with a tap. */
export function QuestionScreen() {
  const { t } = useTranslation();
  const ct = useCatalogueText();
  const catalogue = useCatalogue();
  const flow = useSession((s) => s.flow);
  const answer = useSession((s) => s.answer);
  const back = useSession((s) => s.back);
  const reset = useSession((s) => s.reset);
  if (!flow) return null;
  const question = currentQuestion(catalogue, flow);
  if (!question) return null;
  const { step, total } = stepInfo(catalogue, flow);
  const promptTitle = catalogue.flows.find((f) => f.prompt === flow.prompt)?.titleKey;

  return (
    <div className="screen question-screen">
      <p className="screen__context">{promptTitle ? ct(promptTitle) : null}</p>
      <StepIndicator step={step} total={total} />
      <h1 className="question__text" id="question-text">
        {ct(question.textKey)}
      </h1>
      {question.helpKey && <p className="question__help">{ct(question.helpKey)}</p>}
      <div className="options" role="group" aria-labelledby="question-text">
        {question.options.map((option) => (
          <BigButton
            key={option.id}
            variant="secondary"
            className="option"
            data-testid={`option-${option.id}`}
            onClick={() => answer(catalogue, option.id)}
          >
            {ct(option.labelKey)}
          </BigButton>
        ))}
      </div>
      <ScreenNav onBack={back} onStartOver={reset} />
      <p className="sr-only">{t('question.tapHint')}</p>
    </div>
  );
}
