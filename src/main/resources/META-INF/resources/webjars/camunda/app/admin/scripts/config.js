// Admin for the school (Camunda's documented config.js, in place of the webjar's default).
export default {
  app: {
    name: 'Administration',
    vendor: 'SHINE Academies Trust'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true
};
