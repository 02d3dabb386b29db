import { Alert, Select, Typography } from 'antd';
import type { PlanDocument } from '../../../../src/domain/plan-document';
import { useI18n } from '../../i18n';
import type { CascadePick, PlanEdit } from './plan-edits';
import type { ParentThemes } from './use-parent-themes';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const NONE = '';

const keyOf = (p: CascadePick) => JSON.stringify([p.org, p.letter, p.year]);

/**
 * For each theme of a read plan, the parent theme it takes up (承接): one of the parent
 * organisation's themes of the plan's year, or none; prefilled with what the importer read.
 */
export function ThemeCascades({
  index,
  plan,
  read,
  edit,
  parentThemes,
  onPick,
}: {
  index: number;
  plan: PlanDocument;
  /** The plan as read, before the planner's edits: its picks are marked as read. */
  read: PlanDocument;
  edit: PlanEdit;
  parentThemes: ParentThemes;
  onPick(letter: string, pick: CascadePick | null): void;
}) {
  const { t } = useI18n();
  if (plan.themes.length === 0) return null;
  const choices: { pick: CascadePick; label: string }[] = [];
  if (parentThemes.source === 'stored' || parentThemes.source === 'document') {
    for (const theme of parentThemes.themes)
      choices.push({
        pick: { org: parentThemes.org, letter: theme.letter, year: parentThemes.year },
        label: t.impCascadeOption(theme.letter, theme.name),
      });
  } else if (parentThemes.source === 'unavailable') {
    for (const letter of LETTERS)
      choices.push({
        pick: { org: parentThemes.org, letter, year: parentThemes.year },
        label: t.impCascadeLetter(parentThemes.org, letter),
      });
  }
  const note =
    parentThemes.source === 'none'
      ? t.impParentNone
      : parentThemes.source === 'loading'
        ? t.impParentLoading
        : parentThemes.source === 'stored'
          ? t.impParentThemesFrom(parentThemes.org, parentThemes.year)
          : parentThemes.source === 'document'
            ? t.impParentFromDocument(parentThemes.org, parentThemes.year)
            : null;

  return (
    <section className="import-cascades" aria-labelledby={`import-cascades-${index}`}>
      <Typography.Title level={3} id={`import-cascades-${index}`} className="import-subheading">
        {t.impThemesTitle}
      </Typography.Title>
      {note ? (
        <Typography.Paragraph type="secondary">{note}</Typography.Paragraph>
      ) : (
        parentThemes.source === 'unavailable' && (
          <Alert
            type="info"
            showIcon
            className="import-cascades-note"
            title={t.impParentNoPlan(parentThemes.org, parentThemes.year)}
          />
        )
      )}
      <div className="import-cascade-rows">
        {plan.themes.map((theme) => {
          const id = `import-cascade-${index}-${theme.letter}`;
          const pick = edit.cascades[theme.letter] ?? null;
          const readPick = read.themes.find((x) => x.letter === theme.letter)?.cascadesFrom;
          const options = [{ value: NONE, label: t.impCascadeNone }];
          for (const c of choices) options.push({ value: keyOf(c.pick), label: c.label });
          if (pick && !options.some((o) => o.value === keyOf(pick)))
            options.push({
              value: keyOf(pick),
              label: t.impCascadeOther(pick.org, pick.year, pick.letter),
            });
          const marked = options.map((o) =>
            readPick &&
            o.value !== NONE &&
            o.value === keyOf({ ...readPick, year: readPick.year ?? read.year })
              ? { ...o, label: `${o.label}${t.impCascadeRead}` }
              : o,
          );
          return (
            <div key={theme.letter} className="import-cascade-row">
              <label htmlFor={id} className="import-cascade-theme">
                <Typography.Text strong>{theme.letter}</Typography.Text> {theme.name}
              </label>
              <Select
                id={id}
                className="import-cascade-select"
                data-testid="import-cascade"
                data-theme={theme.letter}
                aria-label={t.impCascadeSelect(theme.letter, theme.name)}
                disabled={parentThemes.source === 'none' && !pick}
                value={pick ? keyOf(pick) : NONE}
                options={marked}
                showSearch={{ optionFilterProp: 'label' }}
                popupMatchSelectWidth={false}
                onChange={(value: string) => {
                  const chosen = choices.find((c) => keyOf(c.pick) === value)?.pick;
                  onPick(theme.letter, value === NONE ? null : (chosen ?? pick));
                }}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
}
