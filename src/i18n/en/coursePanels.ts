/** The buttons that open the course panels (components/course/CoursePanels.tsx); the panels' own words are in course.ts. */
export const coursePanels = {
  group: 'Beyond one backward pass',
  check: 'Gradient check',
  training: 'Training',
  vanishing: 'Vanishing gradients',
  loading: 'Loading…',
};
