// Cockpit for the school (Camunda's documented config.js, in place of the webjar's default).
export default {
  app: {
    name: 'Case overview',
    vendor: 'SHINE Academies Trust'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  // a model drawn at a size people can read, around the work that is open now
  bpmnJs: {
    additionalModules: ['scripts/readable-diagram']
  },
  disableWelcomeMessage: true
};
