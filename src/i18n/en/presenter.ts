/** Presenter mode: the header's toggle, the presenter bar, the blank screen, the shortcuts' section. */
export const presenter = {
  /** The header's toggle (aria-pressed): an accessible name outside tests find it by. */
  enter: 'Presenter mode',
  enterTitle: 'Presenter mode (P)',
  exit: 'Exit presenter mode',
  exitTitle: 'Exit presenter mode (Esc)',
  laser: 'Laser pointer',
  laserTitle: 'Laser pointer (L)',
  /** Read by a screen reader while the screen is blank. */
  blanked: 'Screen blanked. Press B or a step key to show it again.',
  bar: 'Presenter controls',
  shortcuts: {
    caption: 'Presenter mode',
    toggle: 'Enter or leave presenter mode',
    exit: 'Leave presenter mode (and full screen)',
    next: 'Next step (in presenter mode; clickers send PageDown)',
    previous: 'Previous step (in presenter mode; clickers send PageUp)',
    blank: 'Blank the screen; again, or a step key, to show it',
    laser: 'Laser pointer on or off',
  },
} as const;
