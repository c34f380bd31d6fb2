import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePromptTiles } from '../../app/kiosk-context';
import { useSession } from '../session/session-store';
import { useCatalogueText } from '../../i18n/use-catalogue-text';
import { PromptTile } from './PromptTile';
import { NoticeBoard } from './NoticeBoard';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { useFitLevel, type FitOptions } from '../../ui/use-fit-level';
import { usePrefs } from '../accessibility/prefs-store';

/** Every prompt on screen without scrolling; what gives way first is in kiosk.css, "Home". */
const HOME_FIT: FitOptions = {
  levels: 5,
  mustSee: (home) => home.querySelectorAll('.prompt-tile'),
};

/** The front door: the seven prompts exactly as printed in the rooms, and the room's notices. */
export function Home() {
  const { t, i18n } = useTranslation();
  const ct = useCatalogueText();
  const tiles = usePromptTiles();
  const largeText = usePrefs((s) => s.largeText);
  const homeRef = useRef<HTMLDivElement>(null);
  useFitLevel(homeRef, HOME_FIT, [i18n.language, largeText, tiles]);
  const choosePrompt = useSession((s) => s.choosePrompt);
  const goTo = useSession((s) => s.goTo);

  return (
    <div className="home" ref={homeRef}>
      <section className="home__prompts" aria-labelledby="home-title">
        <h1 id="home-title" className="home__title">
          {t('home.title')}
        </h1>
        <p className="home__lead">{t('home.lead')}</p>
        <ul className="prompt-grid">
          {tiles.map((flow) => (
            <li key={flow.prompt}>
              <PromptTile
                icon={flow.icon}
                title={ct(flow.titleKey)}
                blurb={ct(flow.blurbKey)}
                onChoose={() => choosePrompt(flow.prompt)}
                testId={`prompt-${flow.prompt}`}
              />
            </li>
          ))}
        </ul>
      </section>
      <aside className="home__side">
        <NoticeBoard />
        <BigButton
          className="suggestion-entry"
          onClick={() => goTo('suggestion')}
          data-testid="suggestion-entry"
        >
          <Icon drawn="mail" />
          {t('suggestion.entry')}
        </BigButton>
        <BigButton
          variant="quiet"
          className="staff-entry"
          onClick={() => goTo('desk')}
          data-testid="staff-entry"
        >
          {t('desk.entry')}
        </BigButton>
      </aside>
    </div>
  );
}
