/** The public answering form and its device cookie, the results panel and the questionnaire editor, for the features that own surveys. */
@NamedInterface("ui")
package org.partnershipworkshop.survey.ui;

import org.springframework.modulith.NamedInterface;
