package uk.shine.socialmedia.pupilmoves;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.forms.FormRule;
import uk.shine.socialmedia.forms.RefusedInput;

/** A transfer's dates are of things that have happened: the file sent, arrived, received by today. */
@Configuration
class TransferFormRules {

  private final WorkingDays workingDays;

  TransferFormRules(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  @Bean
  FormRule fileSent() {
    return happened("send-child-protection-file", TransferVariables.SENT_ON, "The day the file was sent");
  }

  @Bean
  FormRule fileArrived() {
    return happened("confirm-file-arrived", TransferVariables.ARRIVED_ON, "The day the file arrived");
  }

  @Bean
  FormRule recordsReceived() {
    return happened("record-transfer-receipt", TransferVariables.RECEIVED_ON, "The day the records were received");
  }

  private FormRule happened(String form, String field, String what) {
    return FormRule.of(form, answers -> {
      LocalDate day = TransferVariables.date(answers.get(field));
      if (day != null && day.isAfter(workingDays.today())) {
        throw new RefusedInput(field, what + " (" + field + ") cannot be in the future");
      }
    });
  }
}
