/** A fieldset of checkboxes over an enum's values (the generated client's), e.g. fulfillment types. */
import { humanize } from "../lib/format.js";

interface Props {
  legend: string;
  name: string;
  options: readonly string[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  describedBy?: string | undefined;
}

export function CheckboxGroup({ legend, name, options, selected, onChange, describedBy }: Props) {
  return (
    <fieldset className="checkbox-group" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="checkbox"
            name={name}
            value={option}
            checked={selected.includes(option)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? options.filter((o) => o === option || selected.includes(o))
                  : selected.filter((s) => s !== option),
              )
            }
          />
          {humanize(option)}
        </label>
      ))}
    </fieldset>
  );
}
