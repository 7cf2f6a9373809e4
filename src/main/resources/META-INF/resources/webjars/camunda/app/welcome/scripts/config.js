// The welcome page's own links (Camunda's documented config.js): the school's oversight pages.
// This file takes the place of the webjar's default, which sets nothing else.
export default {
  app: {
    name: 'Social media cases',
    vendor: 'SHINE Academies Trust'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true,
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
    },
    {
      label: 'Open staff cases',
      href: '/cases/staff',
      description: 'Every open staff case at a glance: where it stands, what is waiting, who holds it and when it is due (HR)'
    },
    {
      label: 'Retention register',
      href: '/retention',
      description: 'When closed cases are reviewed and removed, and legal holds (the data protection lead)'
    },
    {
      label: 'Breach register',
      href: '/data-breaches',
      description: 'Every personal data breach, reported to the ICO or not, with its 72-hour decision (the data protection lead)'
    },
    {
      label: 'Subject access export',
      href: '/subject-access',
      description: 'Everything the system holds about one person, other people\'s names taken out (the data protection lead)'
    },
    // for everyone signed in
    {
      label: 'Your reports',
      href: '/my-reports',
      description: 'The concerns you reported: reference, date, open or closed'
    },
    {
      label: 'Guides',
      href: '/guides',
      description: 'How to use the system, one guide a role'
    }
  ]
};
