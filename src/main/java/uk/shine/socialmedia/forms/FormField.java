package uk.shine.socialmedia.forms;

import java.util.List;
import java.util.Map;

/**
 * One input of a Camunda Form, as far as the server checks it.
 *
 * @param hideWhen FEEL condition under which the form hides the field (it is then not required)
 * @param options allowed values of a select or radio group; empty for free input
 * @param optionLabels the words each of those values is shown as
 * @param dateOnly a date picker: yyyy-MM-dd
 * @param moment a date and time picker: when something happened, so never in the future
 */
record FormField(String key, String type, String label, boolean required, Integer minLength,
    Integer maxLength, Double min, Double max, String pattern, List<String> options, Map<String, String> optionLabels, boolean displayOnly,
    String hideWhen, boolean dateOnly, boolean moment) {
}
