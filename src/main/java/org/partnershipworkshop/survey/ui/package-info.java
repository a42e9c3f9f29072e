/** The public answering form and its device cookie, the results panel, the questionnaire editor and the library's poster and card, for the features that own surveys. */
@NamedInterface("ui")
package org.partnershipworkshop.survey.ui;

import org.springframework.modulith.NamedInterface;
