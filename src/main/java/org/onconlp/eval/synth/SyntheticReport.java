package org.onconlp.eval.synth;

import java.util.List;

/**
 * One generated report in the shape of the contract input ({@code id, patientId, type, date,
 * text}) plus the personal-data spans planted in its text.
 *
 * @param id report identifier
 * @param patientId patient identifier shared by the patient's reports
 * @param type contract report type: pathology, consultation or rcp
 * @param date ISO 8601 date of the report
 * @param text the report text
 * @param phi planted personal data, in text order
 */
public record SyntheticReport(
    String id, String patientId, String type, String date, String text, List<PlantedPhi> phi) {}
