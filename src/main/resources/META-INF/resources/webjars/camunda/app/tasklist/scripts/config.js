// Tasklist for the school (Camunda's documented config.js, in place of the webjar's default).
export default {
  app: {
    name: 'Social media cases',
    vendor: 'SHINE Academies Trust'
  },
  // one language, British: the dates in lists and task details read "5 November 2026, 14:30"
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'D',
    abbr: 'D MMM YYYY, HH:mm',
    normal: 'D MMMM YYYY, HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm',
    short: 'D MMMM YYYY'
  },
  // British dates in every form, and error messages that go once something succeeds (school-forms);
  // reporting one tap away, drafts and the question before discarding work (school-reporting);
  // form messages in plain words next to their fields, and character counters (plain-words)
  customScripts: ['scripts/school-forms', 'scripts/school-reporting', 'scripts/plain-words'],
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
