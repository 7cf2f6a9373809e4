// The welcome page's own links (Camunda's documented config.js): the school's oversight pages.
// This file takes the place of the webjar's default, which sets nothing else.
export default {
  links: [
    {
      label: 'Governors\' audit',
      href: '/audit',
      description: 'Completed cases, anonymised, with charts and a CSV export (governors and the administrator)'
    },
    {
      label: 'Case chronology',
      href: '/cases/index.html',
      description: 'Everything that happened in a case, in order, for the people working it (also linked from every task form)'
    }
  ]
};
