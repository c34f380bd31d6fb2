import { DrawnIcon, isDrawnIcon } from '../../ui/drawn-icons';

interface Props {
  icon: string;
  title: string;
  blurb: string;
  onChoose: () => void;
  testId: string;
}

/** One of the seven prompts: a large tile with an icon, the printed words and a plain line. */
export function PromptTile({ icon, title, blurb, onChoose, testId }: Props) {
  return (
    <button type="button" className="prompt-tile" onClick={onChoose} data-testid={testId}>
      <span className="prompt-tile__icon" aria-hidden="true">
        {/* A catalogue from an older hub may still name an emoji: shown as text. */}
        {isDrawnIcon(icon) ? <DrawnIcon name={icon} /> : icon}
      </span>
      <span className="prompt-tile__title">{title}</span>
      <span className="prompt-tile__blurb">{blurb}</span>
    </button>
  );
}
