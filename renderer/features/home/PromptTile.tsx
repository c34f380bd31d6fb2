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
        {icon}
      </span>
      <span className="prompt-tile__title">{title}</span>
      <span className="prompt-tile__blurb">{blurb}</span>
    </button>
  );
}
