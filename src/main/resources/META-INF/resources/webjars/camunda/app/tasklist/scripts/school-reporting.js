// Reporting a concern in Tasklist, loaded through config.js (customScripts):
// - "Report a concern" beside "Start process", in sight on a phone too (styles/school-reporting.css);
// - work is not lost by a slip: closing a form with unsent work (Close, Escape, a tap beside the
//   dialog, another task, leaving the page) asks first, and a draft of it is kept in this browser tab
//   only (sessionStorage: the school's computers are shared), offered back when the same form opens
//   again, and gone once the form is sent or the person signs out. Nothing of it reaches the server;
// - the member of staff a report is about is chosen by name (/staff-names.json); their login name is
//   what the form stores, and the server still checks it.

const FORM_STORAGE = /^(camunda-form:|camForm:)/;
const DRAFT = 'shine-draft:';
const webapps = window.location.pathname.replace(/\/app\/tasklist\/.*$/, '');
const application = webapps.replace(/\/camunda$/, '');

// Tasklist itself keeps a task form's "Save" in localStorage, which outlives the browser on a shared
// computer: keep it for the tab only, like the drafts, and drop what an earlier version left there.
const localStore = window.localStorage;
const native = {};
['getItem', 'setItem', 'removeItem'].forEach((name) => {
  native[name] = Storage.prototype[name];
  Storage.prototype[name] = function formStorage(key, ...rest) {
    const store = this === localStore && FORM_STORAGE.test(String(key)) ? window.sessionStorage : this;
    return native[name].call(store, key, ...rest);
  };
});
Object.keys(localStore).filter((key) => FORM_STORAGE.test(key))
  .forEach((key) => native.removeItem.call(localStore, key));

function forgetDrafts() {
  Object.keys(window.sessionStorage).filter((key) => key.startsWith(DRAFT) || FORM_STORAGE.test(key))
    .forEach((key) => window.sessionStorage.removeItem(key));
}

// ---- the open form -------------------------------------------------------------------------------

/** form-js's Form behind a rendered form (found through the context its components share). */
function formJs(container) {
  const search = (node, depth) => {
    if (!node || depth > 40) {
      return null;
    }
    const value = node.props && node.props.value;
    if (value && typeof value.getService === 'function') {
      return value.getService('form', false);
    }
    for (const child of node.__k || []) {
      const found = search(child, depth + 1);
      if (found) {
        return found;
      }
    }
    return null;
  };
  return search(container.__k, 0);
}

/** Which form this is, the same each time it opens: a process's start form or a task's form. */
function formName(container) {
  const query = new URLSearchParams(window.location.hash.replace(/^#\/?\??/, ''));
  if (container.closest('.modal-dialog')) {
    return query.get('processStart') ? `start:${query.get('processStart')}` : null;
  }
  return query.get('task') ? `task:${query.get('task')}` : null;
}

function comparable(value) {
  return value === undefined || value === null || value === '' ? null : JSON.stringify(value);
}

/** The fields whose value differs from what the form opened with (form-js changes its data in place). */
function typedFields(entry) {
  const { data } = entry.form._getState();
  const typed = {};
  Object.keys(data).forEach((key) => {
    if (comparable(data[key]) !== comparable(entry.initial[key])) {
      typed[key] = data[key];
    }
  });
  return typed;
}

const open = new Map(); // container -> { form, name, user, initial, touched, sent, offering }

// form-js takes what is typed into its data a moment later: a keystroke already counts as work
['input', 'change'].forEach((type) => document.addEventListener(type, (event) => {
  const container = event.isTrusted && event.target.closest && event.target.closest('.fjs-container');
  if (container && open.has(container)) {
    open.get(container).touched = true;
  }
}, true));

function unsentWork() {
  for (const [container, entry] of open) {
    const typed = entry.touched || Object.keys(typedFields(entry)).length > 0;
    if (container.isConnected && !entry.sent && !entry.discarded && typed) {
      return entry;
    }
  }
  return null;
}

let signedIn = null;
let mayReport = null; // whether the person signed in may report a concern (below)
function whoIsSignedIn() {
  signedIn = signedIn || fetch(`${webapps}/api/admin/auth/user/default`, { credentials: 'same-origin' })
    .then((answer) => (answer.ok ? answer.json() : {})).then((user) => user.userId || null).catch(() => null);
  return signedIn;
}

function draftKey(entry) {
  return `${DRAFT}${entry.user}:${entry.name}`;
}

function keepDraft(entry) {
  if (entry.offering || entry.sent || entry.discarded) {
    return; // a draft from before stays until the person has said what to do with it
  }
  const typed = typedFields(entry);
  if (Object.keys(typed).length > 0) {
    window.sessionStorage.setItem(draftKey(entry), JSON.stringify({ savedAt: Date.now(), fields: typed }));
  } else {
    window.sessionStorage.removeItem(draftKey(entry));
  }
}

function offerDraft(container, entry) {
  const stored = window.sessionStorage.getItem(draftKey(entry));
  if (!stored) {
    return;
  }
  const draft = JSON.parse(stored);
  const state = entry.form._getState();
  const differs = Object.keys(draft.fields).some((key) => comparable(draft.fields[key]) !== comparable(state.data[key]));
  if (!differs) {
    return;
  }
  entry.offering = true;
  const at = new Date(draft.savedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
  const offer = document.createElement('div');
  offer.className = 'alert alert-info shine-draft-offer';
  offer.setAttribute('role', 'status');
  offer.innerHTML = `<div>You started this form earlier (at ${at}) and did not send it. Your draft is kept on this
    computer until you sign out.</div><div class="buttons"><button type="button" class="btn btn-primary">Use my draft</button>
    <button type="button" class="btn btn-default">Start again</button></div>`;
  const [use, fresh] = offer.querySelectorAll('button');
  use.addEventListener('click', () => {
    entry.form._setState({ data: { ...entry.form._getState().data, ...draft.fields } });
    entry.offering = false;
    offer.remove();
  });
  fresh.addEventListener('click', () => {
    window.sessionStorage.removeItem(draftKey(entry));
    entry.offering = false;
    offer.remove();
  });
  container.parentElement.insertBefore(offer, container);
}

async function watchForm(container) {
  const form = formJs(container);
  const name = formName(container);
  if (!form || !name || open.has(container)) {
    return;
  }
  const entry = { form, name, user: null, sent: false, offering: false, touched: false,
    initial: JSON.parse(JSON.stringify(form._getState().data)) };
  open.set(container, entry);
  entry.user = await whoIsSignedIn();
  if (!entry.user) {
    return;
  }
  // another person's drafts (someone signed in after them in this tab) are never shown
  Object.keys(window.sessionStorage).filter((key) => key.startsWith(DRAFT) && !key.startsWith(`${DRAFT}${entry.user}:`))
    .forEach((key) => window.sessionStorage.removeItem(key));
  offerDraft(container, entry);
  form.on('changed', () => keepDraft(entry));
}

function watchForms() {
  if (document.querySelector('input[ng-model="username"]')) {
    signedIn = null; // the sign-in page: whoever comes next is asked about afresh
    mayReport = null;
  }
  document.querySelectorAll('.fjs-container').forEach((container) => {
    if (!open.has(container) && formJs(container)) {
      watchForm(container);
    }
  });
  [...open.keys()].filter((container) => !container.isConnected).forEach((container) => open.delete(container));
  staffChoice();
  reportLink();
}
new MutationObserver(watchForms).observe(document.documentElement, { childList: true, subtree: true });

// a form the server accepted leaves nothing behind; the name is taken when the request starts (the
// dialog and its address are gone once it is answered)
const SENT = /\/(submit-form|complete)(\?|$)/;
const openRequest = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function open(method, url, ...rest) {
  if (method === 'POST' && SENT.test(String(url))) {
    const entry = unsentWork() || [...open.values()].find((candidate) => candidate.form);
    this.addEventListener('load', () => {
      if (entry && this.status >= 200 && this.status < 300) {
        entry.sent = true;
        window.sessionStorage.removeItem(draftKey(entry));
      }
    });
  }
  return openRequest.call(this, method, url, ...rest);
};

// form-js (1.8.7) sizes a text area to its text by first shrinking it to nothing, on each keystroke and
// when the text is taken in as the field is left. A dialog scrolled to its end is shorter for that moment,
// the browser scrolls it up and the buttons move: a press on Close just after typing was released beside
// the button and came to nothing. The form keeps its height until the text area has its size again.
// (captured here before form-js hears of it)
['input', 'blur'].forEach((type) => document.addEventListener(type, (event) => {
  const form = event.target.matches && event.target.matches('textarea.fjs-textarea')
    && event.target.closest('.fjs-container');
  if (!form || form.style.minHeight) {
    return;
  }
  form.style.minHeight = `${form.offsetHeight}px`;
  requestAnimationFrame(() => setTimeout(() => { form.style.minHeight = ''; }, 0));
}, true));

// ---- asking before unsent work is put away ------------------------------------------------------

const QUESTION = 'You have not sent this form yet';
let asking = false;
let letThrough = false;

/** Asks what to do with unsent work; then does what was asked, or nothing (keep writing). */
function ask(entry, goOn) {
  asking = true;
  const before = document.activeElement;
  const question = document.createElement('div');
  question.className = 'shine-discard-question';
  question.innerHTML = `<div role="alertdialog" aria-modal="true" aria-labelledby="shine-question-title">
    <p id="shine-question-title"><strong>${QUESTION}.</strong> What would you like to do with what you have written?</p>
    <div class="buttons"><button type="button" class="btn btn-primary">Keep writing</button>
    <button type="button" class="btn btn-default">Close and keep a draft</button>
    <button type="button" class="btn btn-danger">Discard it</button></div></div>`;
  const [keep, later, discard] = question.querySelectorAll('button');
  const done = (proceed) => {
    question.remove();
    asking = false;
    if (proceed) {
      proceed();
    }
  };
  keep.addEventListener('click', () => done(() => before && before.focus()));
  later.addEventListener('click', () => done(() => {
    keepDraft(entry);
    goOn();
  }));
  discard.addEventListener('click', () => done(() => {
    entry.discarded = true;
    window.sessionStorage.removeItem(draftKey(entry));
    goOn();
  }));
  question.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopImmediatePropagation();
      done(() => before && before.focus());
    }
  });
  document.body.appendChild(question);
  keep.focus();
}

function stop(event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function pass(action) {
  letThrough = true;
  try {
    action();
  } finally {
    letThrough = false;
  }
}

window.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || letThrough || asking) {
    return;
  }
  const dialog = document.querySelector('.modal-dialog');
  const entry = unsentWork();
  if (dialog && entry && dialog.contains([...open].find(([, e]) => e === entry)[0])) {
    stop(event);
    ask(entry, () => {
      const close = [...dialog.querySelectorAll('.modal-footer button, .modal-header button.close')]
        .find((button) => !/^(Start|Back)$/.test(button.textContent.trim()));
      if (close) {
        pass(() => close.click());
      }
    });
  }
}, true);

window.addEventListener('click', (event) => {
  const target = event.target;
  if (letThrough || asking || !target.closest) {
    return;
  }
  const entry = unsentWork();
  if (!entry) {
    return;
  }
  const container = [...open].find(([, e]) => e === entry)[0];
  const closeButton = target.closest('.modal-footer button, .modal-header button.close');
  const besideDialog = target.classList.contains('modal');
  const link = target.closest('a[href]');
  const signOut = target.closest('a') && /log ?out|sign ?out/i.test(target.closest('a').textContent);
  const elsewhere = link && link.target !== '_blank' && !container.contains(link) && !link.closest('.modal-dialog');
  // Close, and Back to the list of processes, put the form away; Start sends it
  const dismissing = (closeButton && !/^(Start|Complete|Save)$/.test(closeButton.textContent.trim()))
    || besideDialog || elsewhere || signOut;
  if (dismissing) {
    stop(event);
    ask(entry, () => pass(() => target.click()));
  }
}, true);

// signing out leaves no draft in the tab for the next person
window.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a');
  if (link && /^\s*(log ?out|sign ?out)\s*$/i.test(link.textContent)) {
    forgetDrafts();
  }
}, true);

window.addEventListener('beforeunload', (event) => {
  if (unsentWork()) {
    event.preventDefault();
    event.returnValue = QUESTION;
  }
});

// ---- "Report a concern" one tap from the landing page -------------------------------------------

// beside Tasklist's "Start process", for those who may report (the data protection lead, say, may not);
// Tasklist opens the start form of the process named in processStart
function reportLink() {
  const start = document.querySelector('.start-process-action');
  if (!start || document.querySelector('.shine-report-concern')) {
    return;
  }
  mayReport = mayReport || fetch(`${webapps}/api/engine/engine/default/process-definition/count?key=social-media-concern`
    + '&latestVersion=true&startableInTasklist=true&startablePermissionCheck=true', { credentials: 'same-origin' })
    .then((answer) => (answer.ok ? answer.json() : { count: 0 })).then((body) => body.count > 0).catch(() => false);
  mayReport.then((may) => {
    if (!may || !start.isConnected || document.querySelector('.shine-report-concern')) {
      return;
    }
    const item = document.createElement('li');
    item.className = 'shine-report-concern';
    item.innerHTML = '<a href="#/?processStart=social-media-concern"><span class="glyphicon glyphicon-bullhorn"></span> Report a concern</a>';
    start.parentElement.insertBefore(item, start);
  });
}

// ---- naming a member of staff by name ----------------------------------------------------------

let staff = null;
function staffNames() {
  staff = staff || fetch(`${application}/staff-names.json`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((answer) => (answer.ok ? answer.json() : { staff: [] })).then((body) => body.staff || [])
    .catch(() => []);
  return staff;
}

function setTyped(input, value) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

// the member of staff a report is about: on the report form, and named (or corrected) at triage
const STAFF_FIELDS = 'input[id$="-Field_subjectUserId"], input[id$="-Field_subjectNamedAtTriage"]';

/** A field for a member of staff offers the staff by name; a login name may still be typed. */
function staffChoice() {
  document.querySelectorAll(STAFF_FIELDS).forEach((input) => {
    if (!input.dataset.staffChoice && !input.disabled && !input.readOnly) {
      offerStaff(input);
    }
  });
}

function offerStaff(input) {
  input.dataset.staffChoice = 'on';
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('placeholder', 'Start typing their name');
  const field = input.closest('.fjs-form-field') || input.parentElement;
  const choices = document.createElement('ul');
  choices.className = 'shine-staff-choices';
  choices.setAttribute('role', 'listbox');
  choices.setAttribute('aria-label', 'Members of staff');
  choices.hidden = true;
  const chosen = document.createElement('div');
  chosen.className = 'shine-staff-chosen';
  chosen.setAttribute('aria-live', 'polite');
  field.appendChild(choices);
  field.appendChild(chosen);

  const show = async () => {
    const people = await staffNames();
    const typed = input.value.trim().toLowerCase();
    const match = people.find((person) => person.userId.toLowerCase() === typed);
    chosen.textContent = match ? `Chosen: ${match.name}` : '';
    const offered = people.filter((person) => !match && (typed === ''
      || person.name.toLowerCase().includes(typed) || person.userId.toLowerCase().startsWith(typed))).slice(0, 8);
    choices.replaceChildren(...offered.map((person) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'option');
      button.textContent = person.name;
      // the field keeps the focus: form-js would otherwise take in what was half typed as it loses it
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', () => {
        setTyped(input, person.userId);
        choices.hidden = true;
        chosen.textContent = `Chosen: ${person.name}`;
      });
      item.appendChild(button);
      return item;
    }));
    choices.hidden = offered.length === 0 || document.activeElement !== input && !choices.contains(document.activeElement);
  };
  input.addEventListener('focus', show);
  input.addEventListener('input', show);
  input.addEventListener('blur', () => setTimeout(() => {
    if (!choices.contains(document.activeElement)) {
      choices.hidden = true;
    }
  }, 200));
  show();
}

export default [];
