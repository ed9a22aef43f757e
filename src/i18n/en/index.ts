/**
 * The English catalog: every UI string, one module per area (add an area as a file beside this
 * one, and the same file under ../ko). Keys are namespaced by the component or area that shows them.
 */
import { coursePanels } from './coursePanels.ts';
import { engine } from './engine.ts';
import { handout } from './handout.ts';
import { language } from './language.ts';
import { bigGraph } from './bigGraph.ts';
import { app } from './app.ts';
import { errorBoundary } from './errorBoundary.ts';
import { lesson } from './lesson.ts';
import { stepPanel } from './stepPanel.ts';
import { nodeTable } from './nodeTable.ts';
import { legend } from './legend.ts';
import { editor } from './editor.ts';
import { graph } from './graph.ts';
import { gradients } from './gradients.ts';
import { shortcuts } from './shortcuts.ts';
import { detail } from './detail.ts';
import { nodeDetails } from './nodeDetails.ts';
import { inputs } from './inputs.ts';
import { timeline } from './timeline.ts';
import { share } from './share.ts';
import { presets } from './presets.ts';
import { warnings } from './warnings.ts';
import { presenter } from './presenter.ts';
import { otherTab } from './otherTab.ts';
import { storeMessages } from './storeMessages.ts';
import { reference } from './reference.ts';

export const en = {
  language,
  bigGraph,
  app,
  errorBoundary,
  lesson,
  stepPanel,
  nodeTable,
  legend,
  editor,
  graph,
  gradients,
  shortcuts,
  detail,
  nodeDetails,
  inputs,
  timeline,
  share,
  engine,
  warnings,
  handout,
  presets,
  coursePanels,
  presenter,
  otherTab,
  storeMessages,
  reference,
} as const;
