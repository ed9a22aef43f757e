/** Presenter mode: the header's toggle, the presenter bar, the blank screen, the shortcuts' section. */
export const presenter = {
  /** The header's toggle (aria-pressed): an accessible name outside tests find it by. */
  enter: 'Presenter mode',
  enterTitle: 'Presenter mode (P)',
  exit: 'Exit presenter mode',
  exitTitle: 'Exit presenter mode (Esc)',
  laser: 'Laser pointer',
  /** What the bar shows; the accessible names are the long ones. */
  laserShort: 'Laser',
  exitShort: 'Exit',
  laserTitle: 'Laser pointer (L)',
  /** Key H (aria-pressed): the numbers the current step introduces show as blanks; the next step reveals them. An accessible name tests use. */
  hideNumbers: 'Hide numbers',
  /** On the bar, where one row must hold every button at 1024 px; the full name is its accessible name. */
  hideNumbersShort: 'Hide',
  hideNumbersTitle: 'Hide the numbers this step introduces, to ask the class; the next step reveals them (H)',
  /** Read by a screen reader while the screen is blank. */
  blanked: 'Screen blanked. Press B or a step key to show it again.',
  bar: 'Presenter controls',
  /** Key O: the whole network, the current node ringed; again (or Esc) returns. An accessible name tests use. */
  overview: 'Overview',
  overviewTitle: 'Overview of the whole network (O)',
  overviewNote: 'The whole network. O or Esc returns.',
  /** The compact drawer with the input values and the language. */
  inputs: 'Inputs',
  inputsTitle: 'Input values and language, without leaving presenter mode',
  /** Key Q: the students' link as a QR code. An accessible name tests use. */
  qr: 'QR code',
  qrTitle: 'Show the students\' link as a QR code (Q)',
  qrHeading: 'Scan to open this step',
  qrClose: 'Close',
  qrFailed: 'The link is too long for a QR code. Use Copy link instead.',
  /** Copies the students' link: no presenter mode, and the student's own language unless kept. */
  copyLink: 'Copy link',
  keepLanguage: 'Keep my language in the link',
  linkCopied: 'Students\' link copied.',
  noClipboard: 'The browser did not allow copying. The link is in the address bar.',
  /** The current view as a 1920×1080 slide. An accessible name tests use. */
  exportPng: 'Export PNG',
  exportPngShort: 'PNG',
  exported: 'Slide saved (1920×1080).',
  exportFailed: 'The slide could not be saved.',
  shortcuts: {
    caption: 'Presenter mode',
    toggle: 'Enter or leave presenter mode',
    exit: 'Leave presenter mode (and full screen)',
    next: 'Next step (in presenter mode; clickers send PageDown)',
    previous: 'Previous step (in presenter mode; clickers send PageUp)',
    blank: 'Blank the screen; again, or a step key, to show it',
    laser: 'Laser pointer on or off',
    hideNumbers: 'Hide numbers on or off (the next step reveals each step\'s numbers)',
    overview: 'Overview of the whole network, and back',
    qr: 'The students\' link as a QR code, and back',
  },
} as const;
