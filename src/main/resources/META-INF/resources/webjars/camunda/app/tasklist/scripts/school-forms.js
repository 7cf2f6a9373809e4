// Tasklist's Camunda Forms as a British school reads and writes dates, loaded through config.js
// (customScripts). form-js 1.8.7's date picker (flatpickr) takes its day/month order from the browser's
// language and rolls an impossible date over (31/11 becomes 1 December). Here, on every page:
// - the browser's default date locale is British, so the picker asks for dd/mm/yyyy (its placeholder);
// - every date picker reads what is typed as day, month, year (05/11/2026, 5.11.2026, 5 Nov 2026),
//   refuses an impossible date with a plain message next to the field, and shows the date back as
//   "5 November 2026"; Start and Complete wait until every date reads;
// - a date a form shows as read-only text (yyyy-MM-dd, as stored) reads "5 November 2026";
// - the next thing the server accepts clears the error messages before it, which Tasklist would
//   otherwise keep, and a refusal reads without the task's id in front of it.
// - a stored date is read back as the same day whatever the browser's time zone.
// What is stored does not change: form-js still saves yyyy-MM-dd.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const EXAMPLE = 'for example 05/11/2026';
const PROBLEM = 'shine-date-problem';

// form-js asks Intl.DateTimeFormat() (no locale) for the order of day, month and year
const NativeDateTimeFormat = Intl.DateTimeFormat;
function SchoolDateTimeFormat(locales, options) {
  const british = locales === undefined || locales === 'default' ? 'en-GB' : locales;
  return new NativeDateTimeFormat(british, options);
}
SchoolDateTimeFormat.prototype = NativeDateTimeFormat.prototype;
SchoolDateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf;
Intl.DateTimeFormat = SchoolDateTimeFormat;

// form-js reads a stored date (yyyy-MM-dd) with Date.parse, which takes it as midnight UTC: west of
// London (a browser set to New York) that is the evening before, so the picker showed 4 November for
// the 5th and saved the 4th again. A date alone is the school's day: read it as local midnight.
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const nativeParse = Date.parse;
Date.parse = function schoolDay(text) {
  const day = typeof text === 'string' ? DATE_ONLY.exec(text.trim()) : null;
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])).getTime() : nativeParse.call(Date, text);
};

function monthNumber(word) {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const index = lower.length >= 3 ? MONTHS.findIndex((name) => name.toLowerCase().startsWith(lower)) : -1;
  return index + 1;
}

/** What a person typed as a date: { date } or { problem } in words. Day first, always. */
export function readDate(typed) {
  const text = String(typed).trim();
  const numeric = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4}|\d{2})$/.exec(text);
  const worded = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(text);
  if (!numeric && !worded) {
    return { problem: `"${text}" is not a date we can read: type the day, month and year, ${EXAMPLE}.` };
  }
  const day = Number((numeric || worded)[1]);
  const month = numeric ? Number(numeric[2]) : monthNumber(worded[2]);
  let year = Number((numeric || worded)[3]);
  if (year < 100) {
    year += 2000;
  }
  if (month < 1 || month > 12) {
    return { problem: `${text} is not a date: there is no month ${numeric ? month : worded[2]}. `
      + `Type the day first, then the month and the year, ${EXAMPLE}.` };
  }
  const days = new Date(year, month, 0).getDate();
  if (day < 1 || day > days) {
    return { problem: `${text} is not a date: ${MONTHS[month - 1]} ${year} has ${days} days.` };
  }
  if (year < 1900 || year > 2200) {
    return { problem: `${text} is not a date we can accept: the year must be between 1900 and 2200.` };
  }
  return { date: new Date(year, month - 1, day) };
}

// the message of each date that does not read, by its input; drawn again whenever form-js redraws the field
const problems = new Map();

function fieldOf(input) {
  return input.closest('.fjs-form-field') || input.parentElement;
}

function drawProblems() {
  problems.forEach((problem, input) => {
    if (!input.isConnected) {
      problems.delete(input);
      return;
    }
    const field = fieldOf(input);
    let message = field.querySelector(`.${PROBLEM}`);
    if (!message) {
      message = document.createElement('div');
      message.className = `fjs-form-field-error ${PROBLEM}`;
      message.setAttribute('role', 'alert');
      field.appendChild(message);
    }
    if (message.textContent !== problem) {
      message.textContent = problem;
    }
    if (!field.classList.contains('fjs-has-errors')) {
      field.classList.add('fjs-has-errors');
    }
  });
}

function showProblem(input, problem) {
  problems.set(input, problem);
  drawProblems();
}

function clearProblem(input) {
  if (problems.delete(input)) {
    const message = fieldOf(input).querySelector(`.${PROBLEM}`);
    if (message) {
      message.remove();
    }
  }
}

function britishPicker(input) {
  const picker = input._flatpickr;
  if (!picker || picker.schoolDates) {
    return Boolean(picker);
  }
  picker.schoolDates = true;
  picker.config.dateFormat = 'j F Y';
  picker.config.parseDate = (text) => {
    const read = readDate(text);
    if (read.date) {
      clearProblem(input);
      return read.date;
    }
    showProblem(input, read.problem);
    // flatpickr empties the field on a date it cannot read: give the person back what they typed
    setTimeout(() => { input.value = String(text); }, 0);
    return undefined;
  };
  if (picker.selectedDates.length > 0) {
    picker.setDate(picker.selectedDates[0], false);
  }
  return true;
}

// Read-only text fields show what is stored. form-js sends what it holds, never what the field
// shows, so showing a stored date in words changes nothing that is saved.
function datesInWords() {
  document.querySelectorAll('.fjs-form-field-textfield input[readonly], .fjs-form-field-textfield input[disabled]').forEach((input) => {
    const iso = DATE_ONLY.exec(input.value);
    if (iso) {
      input.value = `${Number(iso[3])} ${MONTHS[Number(iso[2]) - 1]} ${iso[1]}`;
    }
  });
}
// form-js draws a field again after changes elsewhere in the form, with the stored text
['input', 'change', 'click', 'focusout'].forEach((type) => document.addEventListener(type, () => setTimeout(datesInWords, 0), true));

// form-js makes each picker just after it draws the field
function watchPickers() {
  drawProblems();
  datesInWords();
  const pending = [...document.querySelectorAll('.fjs-datepicker input')].filter((input) => !britishPicker(input));
  if (pending.length > 0) {
    setTimeout(watchPickers, 50);
  }
}
new MutationObserver(watchPickers).observe(document.documentElement, { childList: true, subtree: true });

// the person emptied the field (flatpickr's own input events are not the person's)
document.addEventListener('input', (event) => {
  if (event.isTrusted && event.target.matches && event.target.matches('.fjs-datepicker input') && event.target.value.trim() === '') {
    clearProblem(event.target);
  }
}, true);

// a date that does not read keeps the form from being sent: the person sees why, next to the field
document.addEventListener('click', (event) => {
  const button = event.target.closest && event.target.closest('button');
  const problem = document.querySelector(`.${PROBLEM}`);
  if (!button || !problem || !/^(Start|Complete|Save)$/.test(button.textContent.trim())) {
    return;
  }
  event.preventDefault();
  event.stopPropagation();
  problem.scrollIntoView({ block: 'center' });
  const input = problem.parentElement.querySelector('input');
  if (input) {
    input.focus();
  }
}, true);

// Tasklist keeps an error message on screen until it is closed, even after the next thing succeeded
// (it shows no message when a task completes). Whatever the person does next that the server accepts
// (start, complete, claim, save) takes the error messages before it away.
function clearErrors() {
  document.querySelectorAll('.page-notifications .alert-danger button.close').forEach((close) => close.click());
}
const ACCEPTED_WORK = /\/(submit-form|complete|start|claim|unclaim|assignee|variables)(\?|$)/;
const openRequest = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function open(method, url, ...rest) {
  if (method !== 'GET' && ACCEPTED_WORK.test(String(url))) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        setTimeout(clearErrors, 0);
      }
    });
  }
  return openRequest.call(this, method, url, ...rest);
};

function watchMessages() {
  const panel = document.querySelector('.page-notifications');
  if (!panel) {
    setTimeout(watchMessages, 200);
    return;
  }
  new MutationObserver(() => plainRefusals(panel)).observe(panel, { childList: true, subtree: true });
}
watchMessages();

// The server's refusal of a form is already in words; Tasklist puts the task's id in front of it
function plainRefusals(panel) {
  panel.querySelectorAll('.alert-danger').forEach((alert) => {
    const status = alert.querySelector('.status');
    const message = alert.querySelector('.message');
    if (message && /^Cannot (submit|start)[^:]*[0-9a-f]{8}-[0-9a-f-]{27}[^:]*: /.test(message.textContent)) {
      message.textContent = message.textContent.replace(/^[^:]*: /, '');
      if (status) {
        status.textContent = 'This was not saved';
      }
    }
  });
}

export default [];
