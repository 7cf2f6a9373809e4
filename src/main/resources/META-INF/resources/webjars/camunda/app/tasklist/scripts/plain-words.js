// Tasklist's form messages in plain words, loaded through config.js (customScripts) beside school-forms.js:
// - form-js 1.8.7's own checks ("Field must match pattern ^https?://.", "Field is required.") read as
//   sentences, a pattern's one saying what the field asks for (its description on the form);
// - a refusal from the server names a field by its variable ("occurredOn cannot be in the future",
//   "The end date (monitoringEndDate) is required", as the REST API's callers need it): here it names the
//   field by its label, and the message stands next to that field too, until the field is changed;
// - a long text field with a maximum length counts its characters: "123 of 4000 characters".
// The forms' labels, descriptions and limits come from the form Tasklist itself loads; nothing else is asked.

const OWN = 'shine-plain-refusal';
const COUNTER = 'shine-counter';

// the components of the forms loaded so far, by their id (form-js builds each input's id from it)
const components = new Map();

function learn(schema) {
  const walk = (list) => (list || []).forEach((component) => {
    if (component.id) {
      components.set(component.id, component);
    }
    walk(component.components);
  });
  walk(schema && schema.components);
}

const FORM = /\/(deployed-form|deployed-start-form)(\?|$)/;
function learnFrom(body) {
  try {
    learn(typeof body === 'string' ? JSON.parse(body) : body);
  } catch (notJson) {
    // not a Camunda Form (an embedded or generated one): nothing to learn
  }
}
const openRequest = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function open(method, url, ...rest) {
  if (String(method).toUpperCase() === 'GET' && FORM.test(String(url))) {
    this.addEventListener('load', () => learnFrom(this.responseType === '' || this.responseType === 'text'
      ? this.responseText : this.response));
  }
  return openRequest.call(this, method, url, ...rest);
};
const nativeFetch = window.fetch;
window.fetch = function fetch(resource, ...rest) {
  const answer = nativeFetch.call(this, resource, ...rest);
  const url = typeof resource === 'string' ? resource : String(resource && resource.url);
  if (FORM.test(url)) {
    answer.then((response) => response.clone().json()).then(learnFrom, () => {});
  }
  return answer;
};

/** The component an element of the form belongs to (form-js ids end with the component's id). */
function componentOf(element) {
  const id = element && element.id ? element.id : '';
  for (const [componentId, component] of components) {
    if (id.endsWith(`-${componentId}`)) {
      return component;
    }
  }
  return null;
}

function descriptionOf(field) {
  const description = field && field.querySelector('.fjs-form-field-description');
  return description ? description.textContent.trim().replace(/\.$/, '') : '';
}

// form-js 1.8.7's messages (its validator's wording), as sentences a person reads
const REWRITES = [
  [/^Field must match pattern /, (text, field) => {
    const asked = descriptionOf(field);
    return asked ? `This is not in the form asked for: ${asked}.` : 'This is not in the form this field asks for.';
  }],
  [/^Field is required\.$/, (text, field) => (field && field.querySelector('input[type="checkbox"]')
    ? 'Please tick this to go on.' : 'Please fill this in.')],
  [/^Field must have minimum length of (\d+)\.$/, (text) => `Please write at least ${text.match(/\d+/)[0]} characters.`],
  [/^Field must have maximum length of (\d+)\.$/, (text) => `Please shorten this to ${text.match(/\d+/)[0]} characters or fewer.`],
  [/^Field must have minimum value of (.+)\.$/, (text) => `The smallest number allowed here is ${text.replace(/^.* of |\.$/g, '')}.`],
  [/^Field must have maximum value of (.+)\.$/, (text) => `The largest number allowed here is ${text.replace(/^.* of |\.$/g, '')}.`],
  [/^Field must be a valid email\.$/, () => 'Please type an e-mail address, for example name@school.org.uk.'],
  [/^Field must be a valid\s+international phone number/, () => 'Please type the phone number with its country code, for example +44 20 7946 0000.'],
];

function plainFieldMessages() {
  document.querySelectorAll('.fjs-form-field-error li').forEach((item) => {
    const text = item.textContent;
    if (!text.startsWith('Field ')) {
      return;
    }
    const rewrite = REWRITES.find(([pattern]) => pattern.test(text));
    if (rewrite) {
      setText(item, rewrite[1](text, item.closest('.fjs-form-field')));
    }
  });
}

/**
 * Changes the text in place: form-js (Preact) and Tasklist (Angular) keep hold of the text node they drew
 * and would draw theirs again beside a new one; a changed message of theirs comes back through the observer.
 */
function setText(element, text) {
  const nodes = [...element.childNodes];
  if (nodes.length === 1 && nodes[0].nodeType === Node.TEXT_NODE) {
    nodes[0].data = text;
  } else {
    element.textContent = text;
  }
}

/** The message with each variable the forms know replaced by its label; and the first field it named. */
function plainRefusal(text) {
  let named = null;
  // Tasklist puts the definition's or task's id in front of the server's message
  let plain = text.replace(/^Cannot instantiate process definition [^:\s]+:\d+:[^:\s]+: /, '')
    .replace(/^Cannot (submit|start)[^:]*[0-9a-f]{8}-[0-9a-f-]{27}[^:]*: /, '');
  for (const component of components.values()) {
    const { key } = component;
    const label = component.label || component.dateLabel || component.timeLabel;
    if (!key || !label || !new RegExp(`\\b${key}\\b`).test(plain)) {
      continue;
    }
    named = named || component;
    const name = label.replace(/[:?]\s*$/, '');
    plain = plain
      .replace(new RegExp(`${escape(label)}\\s*\\(${key}\\)`, 'g'), name)
      .replace(new RegExp(`\\s*\\(${key}\\)`, 'g'), '')
      .replace(new RegExp(`'${key}'`, 'g'), `"${name}"`)
      .replace(new RegExp(`\\b${key}\\b`, 'g'), `"${name}"`);
  }
  // a leftover list of variable names in brackets tells a person nothing
  plain = plain.replace(/\s*\((?:[a-z]+[A-Z][A-Za-z0-9]*(?:,\s*)?)+\)/g, '');
  return { plain: plain.charAt(0).toUpperCase() + plain.slice(1), named };
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Our line in a field (its last class names it), added at the end of the field the first time, as
 * school-forms.js adds its messages, so that form-js's own redrawing of the field is not disturbed.
 */
function lineOf(field, classes, attribute, value, whenAdded) {
  const own = classes.split(' ').pop();
  let line = field.querySelector(`.${own}`);
  if (!line) {
    line = document.createElement('div');
    line.className = classes;
    line.setAttribute(attribute, value);
    field.appendChild(line);
    whenAdded(line);
  }
  return line;
}

function fieldOf(component) {
  const input = document.querySelector(`[id$="-${component.id}"], [id$="-${component.id}-date"]`);
  return input ? input.closest('.fjs-form-field') : null;
}

function showNextToField(component, message) {
  const field = fieldOf(component);
  if (!field) {
    return;
  }
  const shown = lineOf(field, `fjs-form-field-error ${OWN}`, 'role', 'alert',
    (added) => field.addEventListener('input', () => added.remove(), { once: true }));
  shown.textContent = message;
  field.scrollIntoView({ block: 'center' });
}

function plainNotifications() {
  document.querySelectorAll('.alert-danger .message').forEach((message) => {
    if (message.dataset.shinePlain === message.textContent) {
      return;
    }
    const { plain, named } = plainRefusal(message.textContent);
    setText(message, plain);
    message.dataset.shinePlain = plain;
    if (named) {
      showNextToField(named, plain);
    }
  });
}

// "123 of 4000 characters" under a text area that has a maximum length
function counters() {
  document.querySelectorAll('textarea.fjs-textarea').forEach((area) => {
    const component = componentOf(area);
    const most = component && component.validate && component.validate.maxLength;
    if (!most || area.readOnly || area.disabled) {
      return;
    }
    const field = area.closest('.fjs-form-field') || area.parentElement;
    const counter = lineOf(field, `fjs-form-field-description ${COUNTER}`, 'aria-live', 'polite',
      () => area.addEventListener('input', counters));
    const used = area.value.length;
    const text = `${used} of ${most} characters${used > most ? `: ${used - most} too many` : ''}`;
    if (counter.textContent !== text) {
      counter.textContent = text;
      counter.style.color = used > most ? '#b00020' : '';
    }
  });
}

// the successes that clear Tasklist's error messages (school-forms.js) take the ones next to fields with them
const ACCEPTED_WORK = /\/(submit-form|complete|start)(\?|$)/;
const openForWork = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function open(method, url, ...rest) {
  if (method !== 'GET' && ACCEPTED_WORK.test(String(url))) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        document.querySelectorAll(`.${OWN}`).forEach((shown) => shown.remove());
      }
    });
  }
  return openForWork.call(this, method, url, ...rest);
};

let pending = false;
new MutationObserver(() => {
  if (pending) {
    return;
  }
  pending = true;
  // after form-js has drawn: once per burst of changes
  setTimeout(() => {
    pending = false;
    plainFieldMessages();
    plainNotifications();
    counters();
  }, 0);
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
