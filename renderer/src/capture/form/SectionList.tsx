import { FormattedMessage, useIntl } from 'react-intl';
import type { Answers, LocalBlock, LocalSurvey } from '../../../../common/capture';
import { progressOf } from '../../../../common/capture';

interface SectionListProps {
  survey: LocalSurvey;
  blocks: readonly LocalBlock[];
  route: readonly number[];
  opened: ReadonlySet<number>;
  current: number;
  answers: Answers;
  onOpen(blockID: number): void;
}

/** The sections the route visits, with progress each; the ones already opened can be jumped back to. */
export function SectionList({ survey, blocks, route, opened, current, answers, onOpen }: SectionListProps) {
  const intl = useIntl();
  const titleOf = new Map(blocks.map((block) => [block.blockID, block.title]));
  return (
    <nav
      aria-label={intl.formatMessage({ id: 'capture.form.sections', defaultMessage: 'Sections' })}
      className="section-list"
    >
      <ol>
        {route.map((blockID, index) => {
          const questions = survey.questions.filter((question) => question.blockID === blockID);
          const progress = progressOf(questions, answers);
          const title =
            titleOf.get(blockID) ??
            intl.formatMessage(
              { id: 'capture.form.sectionNumber', defaultMessage: 'Section {number, number}' },
              { number: index + 1 },
            );
          return (
            <li key={blockID}>
              <button
                type="button"
                className="secondary"
                aria-current={blockID === current ? 'step' : undefined}
                disabled={!opened.has(blockID)}
                onClick={() => onOpen(blockID)}
              >
                <bdi>{title}</bdi>{' '}
                <span className="section-progress" data-testid={`section-progress-${blockID}`}>
                  <FormattedMessage
                    id="capture.form.sectionProgress"
                    defaultMessage="{answered, number}/{total, number}"
                    values={{ answered: progress.answered, total: progress.total }}
                  />
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
