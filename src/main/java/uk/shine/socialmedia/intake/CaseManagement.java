package uk.shine.socialmedia.intake;

/**
 * Who handles a case. The policy: the head teacher triages every report; the trust's Head of HR in
 * place of the head teacher for centrally employed staff; the chair of governors when the head
 * teacher is the subject.
 *
 * @param caseManagerGroup triages, manages and closes the case
 * @param leaderGroup leads the school's response (parents, public, escalations)
 */
public record CaseManagement(String caseManagerGroup, String leaderGroup) {
}
