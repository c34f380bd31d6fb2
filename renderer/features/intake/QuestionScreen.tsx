import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogue } from '../../app/kiosk-context';
import { useSession } from '../session/session-store';
import { useCatalogueText } from '../../i18n/use-catalogue-text';
import { currentQuestion, stepInfo } from '../../../shared/intake/flow';
import { BigButton } from '../../ui/BigButton';
import { ActionBar } from '../../ui/ActionBar';
import { StepIndicator } from '../../ui/StepIndicator';
import { useFitLevel, type FitOptions } from '../../ui/use-fit-level';
import { usePrefs } from '../accessibility/prefs-store';

/**
 * Every answer on screen without scrolling, above the action bar; what gives way first is in
 * kiosk.css, "Questions".
 */
const QUESTION_FIT: FitOptions = {
  levels: 4,
  mustSee: (screen) => screen.querySelectorAll('.option'),
  footer: (screen) => screen.querySelector('.action-bar'),
};

/** One plain question per screen, answered with a tap. */
export function QuestionScreen() {
  const { t, i18n } = useTranslation();
  const ct = useCatalogueText();
  const catalogue = useCatalogue();
  const flow = useSession((s) => s.flow);
  const largeText = usePrefs((s) => s.largeText);
  const screenRef = useRef<HTMLDivElement>(null);
  const question = flow ? currentQuestion(catalogue, flow) : null;
  useFitLevel(screenRef, QUESTION_FIT, [i18n.language, largeText, question]);
  const answer = useSession((s) => s.answer);
  const back = useSession((s) => s.back);
  const reset = useSession((s) => s.reset);
  if (!flow || !question) return null;
  const { step, total } = stepInfo(catalogue, flow);
  const promptTitle = catalogue.flows.find((f) => f.prompt === flow.prompt)?.titleKey;

  return (
    <div className="screen question-screen" ref={screenRef} data-question={question.id}>
      <div className="question__head">
        <p className="screen__context">{promptTitle ? ct(promptTitle) : null}</p>
        <StepIndicator step={step} total={total} />
      </div>
      <h1 className="question__text" id="question-text">
        {ct(question.textKey)}
      </h1>
      {question.helpKey && <p className="question__help">{ct(question.helpKey)}</p>}
      <div className="options question__options" role="group" aria-labelledby="question-text">
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
      <ActionBar onBack={back} onStartOver={reset} />
      <p className="sr-only">{t('question.tapHint')}</p>
    </div>
  );
}
