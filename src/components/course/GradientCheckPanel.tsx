/**
 * The gradient check: per input, backprop's gradient against the central difference, their
 * relative error and PyTorch gradcheck's verdict; a check that fails at relu's kink; and what
 * each way costs, for this program and (chart) as the parameter count grows to GPT-3's.
 */
import { useMemo, useState } from 'react';
import { compile, type Analysis } from '../../core/index.ts';
// Straight from the module, not the barrel: the bundler then keeps this code in the lazy chunk.
import { gradCheck, DEFAULT_H, type GradCheckReport } from '../../core/course/gradcheck.ts';
import { Tex } from '../Tex.tsx';
import { CostChart } from './CostChart.tsx';
import { RELU_KINK } from '../../presets/index.ts';
import { short, sig } from '../../view/course/format.ts';
import { groupCheckRows, shapeText } from '../../view/course/checkGroups.ts';
import type { Shaped } from '../../core/index.ts';
import { usePanelT } from '../usePanelT.ts';



export default function GradientCheckPanel({ analysis }: { analysis: Analysis }) {
  const TEXT = usePanelT().course.check;
  const [hText, setHText] = useState(String(DEFAULT_H));
  const hValue = Number(hText);
  const hOk = hText.trim() !== '' && Number.isFinite(hValue) && hValue > 0;
  const h = hOk ? hValue : DEFAULT_H;
  const report = useMemo(() => gradCheck(analysis.graph, analysis.inputValues, h), [analysis, h]);
  const kink = useMemo(() => {
    const c = compile(RELU_KINK);
    return c.ok ? gradCheck(c.value.graph, c.value.inputValues, h) : null;
  }, [h]);
  const { backprop, numeric } = report.cost;
  return (
    <div className="gradient-check">
      <label className="course-field">
        <span><Tex tex="h" /> <span className="muted">({TEXT.hHelp})</span></span>
        <input type="number" aria-label={TEXT.h} value={hText} step="any" min={0} aria-invalid={!hOk}
          onChange={(e) => setHText(e.target.value)} />
      </label>
      {!hOk && <p className="error-message" role="alert">{TEXT.badH}</p>}
      {report.inputs.length === 0 ? <p className="muted">{TEXT.noInputs}</p> : <CheckTable report={report} label={TEXT.input} shapes={analysis.shapes} />}
      <p className="muted">{TEXT.rule}</p>
      {report.inputs.some((r) => !r.ok) && <p className="course-note">{TEXT.failingHere}</p>}
      {kink && (
        <div className="kink">
          <h3 className="course-subtitle">{TEXT.kinkTitle}</h3>
          <Tex tex="f = \operatorname{relu}(x),\; x = 0" />
          <CheckTable report={kink} label={TEXT.input} caption={TEXT.kinkTitle} />
          <p className="muted">{TEXT.kinkNote}</p>
        </div>
      )}
      <h3 className="course-subtitle">{TEXT.costTitle}</h3>
      <ul className="cost-list">
        <li>{TEXT.backpropCost(backprop.gateEvaluations, backprop.localDerivatives)}</li>
        <li>{TEXT.numericCost(analysis.graph.inputs.length, numeric.forwardPasses, numeric.gateEvaluations)}</li>
      </ul>
      <CostChart cost={report.cost} inputs={analysis.graph.inputs.length} />
    </div>
  );
}

/** One row per input; a vector's or matrix's entries under a heading of their own (its shape, how many pass). */
function CheckTable({ report, label, caption, shapes = [] }: { report: GradCheckReport; label: string; caption?: string; shapes?: readonly Shaped[] }) {
  const TEXT = usePanelT().course.check;
  const groups = groupCheckRows(report.inputs, shapes);
  return (
    <table className="course-table">
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col" className="num">{TEXT.backprop}</th>
          <th scope="col" className="num">{TEXT.numeric}</th>
          <th scope="col" className="num">{TEXT.relError}</th>
          <th scope="col">{TEXT.verdict}</th>
        </tr>
      </thead>
      {groups.map((group, g) => (
        <tbody key={group.shape?.name ?? `scalar-${g}`} className={group.shape ? 'check-group' : undefined}>
          {group.shape && (
            <tr className={group.rows.every((r) => r.ok) ? 'group pass' : 'group fail'}>
              <th scope="rowgroup" colSpan={5}>
                {TEXT.group(group.shape.name, shapeText(group.shape), group.rows.filter((r) => r.ok).length, group.rows.length)}
              </th>
            </tr>
          )}
          {group.rows.map((row) => (
            <tr key={row.name} className={row.ok ? 'pass' : 'fail'}>
              <th scope="row">{row.name}</th>
              <td className="num">{sig(row.backprop)}</td>
              <td className="num">{sig(row.numeric)}</td>
              <td className="num">{short(row.relError)}</td>
              <td className="verdict">{row.ok ? `✓ ${TEXT.pass}` : `✗ ${TEXT.fail}`}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
